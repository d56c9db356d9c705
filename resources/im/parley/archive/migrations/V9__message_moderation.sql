-- A room message a moderator retracted (XEP-0425) keeps its row as a tombstone: retracted_at is
-- set, the body is empty, and these say who moderated it (as the room named them) and why.
ALTER TABLE message ADD COLUMN IF NOT EXISTS moderated_by VARCHAR(3071);
ALTER TABLE message ADD COLUMN IF NOT EXISTS moderation_reason VARCHAR(4000);
