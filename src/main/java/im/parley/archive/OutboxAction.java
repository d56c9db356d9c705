package im.parley.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a queued outgoing message does beside saying its body, as {@link OutboxActions} keeps it.
 *
 * @param peer the bare JID of the contact it goes to
 * @param targetId the id of the message it answers, corrects, retracts or reacts to
 * @param targetJid who wrote the message answered (replies only, may be null)
 * @param body what the user wrote (the new text of a correction, a retraction's fallback)
 * @param quote the quoted text of a reply, else null
 * @param emojis the reactions, empty for other kinds
 */
public record OutboxAction(String originId, String peer, Kind kind, String targetId, String targetJid, String body,
                           String quote, List<String> emojis, Instant created) {
    /** Stored by ordinal: append only. */
    public enum Kind { REPLY, CORRECTION, RETRACTION, REACTIONS }

    public OutboxAction {
        Objects.requireNonNull(originId, "originId");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
        emojis = List.copyOf(emojis);
    }
}
