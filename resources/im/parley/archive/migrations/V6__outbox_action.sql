-- What a queued outgoing message does beside saying its body: answer a message, correct, retract
-- or react to one. Kept only until the server has it, so that after a restart it goes out as it
-- was written. kind: 0 reply, 1 correction, 2 retraction, 3 reactions.
CREATE TABLE IF NOT EXISTS outbox_action (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    origin_id VARCHAR(256) NOT NULL,
    peer VARCHAR(3071) NOT NULL,
    kind TINYINT NOT NULL,
    target_id VARCHAR(256) NOT NULL,
    target_jid VARCHAR(3071),
    body VARCHAR(1000000) NOT NULL,
    quote VARCHAR(1000000),
    emojis VARCHAR(64) ARRAY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, origin_id)
);
