package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/**
 * The room's announcement that the message with its stanza id {@code stanzaId} was retracted by a
 * moderator: {@code by} (an occupant JID or a real one; null when the room does not say), the
 * moderator's occupant id (XEP-0421) when given, and the reason, if any. Legitimate only from the
 * room's own bare JID (Business Rules); checking that is the receiver's part.
 */
public record Moderated(String stanzaId, Jid by, String occupantId, String reason) {
    public Moderated {
        ModerationElements.checkId(Objects.requireNonNull(stanzaId, "stanzaId"));
        ModerationElements.checkReason(reason);
    }
}
