-- The sender asked for the body to be shown as written, without Message Styling (XEP-0393's
-- <unstyled/> hint): kept with the message, as its body is, for every later showing.
ALTER TABLE message ADD COLUMN IF NOT EXISTS unstyled BOOLEAN DEFAULT FALSE NOT NULL;
