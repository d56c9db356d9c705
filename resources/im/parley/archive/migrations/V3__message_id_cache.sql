-- Message keys handed out 1,000 at a time (H2's default is 32). Each time H2 refills an identity
-- cache it commits the sequence on its own, and at WRITE_DELAY=0 every commit writes the store to
-- disk: storing a MAM page of 250 cost 8 such writes beside its own commit. A crash only skips the
-- keys not yet used.
ALTER TABLE message ALTER COLUMN id SET CACHE 1000;
