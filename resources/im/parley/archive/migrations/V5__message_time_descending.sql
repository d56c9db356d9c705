-- A conversation is read newest first, and paged back from a message: with the time index in
-- descending order H2 starts at that message and stops after a page. Ascending, it walked the
-- whole conversation up to it (seconds at 500,000 messages).
DROP INDEX IF EXISTS message_time;
CREATE INDEX IF NOT EXISTS message_time_desc ON message(conversation_id, sort_time DESC, id DESC);
