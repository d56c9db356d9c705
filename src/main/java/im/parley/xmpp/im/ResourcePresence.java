package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.Comparator;

/**
 * The last available presence of one resource.
 *
 * @param jid the full JID (or the bare JID when the sender had no resource)
 * @param show null for plain "available"
 * @param status the status text, or null
 * @param sequence arrival order within the table: larger is more recent
 */
public record ResourcePresence(Jid jid, Presence.Show show, String status, int priority, long sequence) {

    /**
     * RFC 6121 §8.5.2.1.1 picks among resources by priority; for equal priorities we rank by show,
     * as users expect (chat, available, away, xa, dnd), then by recency.
     */
    public static final Comparator<ResourcePresence> MOST_AVAILABLE_FIRST =
            Comparator.comparingInt(ResourcePresence::priority).reversed()
                    .thenComparingInt(ResourcePresence::showRank)
                    .thenComparing(Comparator.comparingLong(ResourcePresence::sequence).reversed());

    /** Smaller is more available. */
    int showRank() {
        if (show == null) {
            return 1;
        }
        return switch (show) {
            case CHAT -> 0;
            case AWAY -> 2;
            case XA -> 3;
            case DND -> 4;
        };
    }

    static ResourcePresence of(Presence p, long sequence) {
        return new ResourcePresence(p.from(), p.show().orElse(null), p.status().orElse(null), p.priority(), sequence);
    }
}
