package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;

/**
 * What a room's archive (XEP-0313) holds in place of a moderated message (Tombstones): who
 * moderated it ({@code by}, null when the archive does not say), their occupant id, the reason,
 * and when ({@code stamp}, null when absent or unreadable).
 */
public record ModeratedTombstone(Jid by, String occupantId, String reason, Instant stamp) {
    public ModeratedTombstone {
        ModerationElements.checkReason(reason);
    }
}
