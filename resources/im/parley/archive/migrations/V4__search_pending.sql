-- Messages whose text changed (a correction) or went (a retraction) since the search index last
-- committed: written in the same transaction as the change, cleared once the index has it durably,
-- so a crash between the two never leaves the old text findable.
CREATE TABLE IF NOT EXISTS search_pending (
    message_id BIGINT PRIMARY KEY
);
