-- Avatars by the lower-case hex SHA-1 of their bytes (the XEP-0084 id, the XEP-0153 hash), shared
-- by the profile's accounts and written once each. mime_type is what the bytes are, read from
-- their first bytes (a peer's claim is not trusted); byte_size is their length, within the
-- avatar bound (512 KiB) that the store checks before writing.
CREATE TABLE IF NOT EXISTS avatar (
    sha1 CHAR(40) PRIMARY KEY,
    mime_type VARCHAR(64) NOT NULL,
    byte_size INT NOT NULL,
    image BLOB NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each person's latest item of each kind as one account saw it, the user's own included: kind is
-- nick, mood, activity, tune, location or avatar; val the item's payload as XML, or for the avatar
-- its SHA-1. A newer item replaces the row; a cleared one removes it.
CREATE TABLE IF NOT EXISTS profile_item (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    person VARCHAR(3071) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    val VARCHAR(65536) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, person, kind)
);
