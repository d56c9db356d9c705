-- One row per call, placed or received, written once when it ends: session_id is the Jingle sid
-- (also the XEP-0353 id), which makes a second write of the same call a no-op. outcome is a word:
-- answered, missed, declined, failed, cancelled, answered-elsewhere. answered_at is null when the
-- call never connected.
CREATE TABLE IF NOT EXISTS call_log (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    session_id VARCHAR(256) NOT NULL,
    peer VARCHAR(3071) NOT NULL,
    incoming BOOLEAN NOT NULL,
    video BOOLEAN NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE,
    ended_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, session_id)
);

CREATE INDEX IF NOT EXISTS call_log_by_peer ON call_log (account_id, peer, started_at);
