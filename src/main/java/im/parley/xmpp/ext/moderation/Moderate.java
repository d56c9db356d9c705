package im.parley.xmpp.ext.moderation;

import java.util.Objects;

/**
 * A moderator's request that the room retract the message with the room's stanza id
 * {@code stanzaId} (XEP-0359, given by the room), with an optional reason the room passes on.
 */
public record Moderate(String stanzaId, String reason) {
    public Moderate {
        ModerationElements.checkId(Objects.requireNonNull(stanzaId, "stanzaId"));
        ModerationElements.checkReason(reason);
    }
}
