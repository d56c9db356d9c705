-- The sidebar's state of a conversation: unread count kept on write (counting 100,000 rows on
-- every start would not be), pinned and muted as the user chose.
ALTER TABLE conversation ADD COLUMN IF NOT EXISTS unread INT DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN IF NOT EXISTS pinned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE conversation ADD COLUMN IF NOT EXISTS muted BOOLEAN DEFAULT FALSE NOT NULL;
