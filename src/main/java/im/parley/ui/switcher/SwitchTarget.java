package im.parley.ui.switcher;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;

/**
 * Somewhere the quick switcher can jump to: a conversation or a contact of one account.
 *
 * @param lastTime when the conversation last moved; null for a contact with no conversation yet
 * @param presence the style class of the presence dot (online, away, busy), or null
 */
public record SwitchTarget(Jid account, Jid peer, String name, boolean room, Instant lastTime, int unread,
                           String presence) {
    /** The same peer of the same account, whatever else differs. */
    boolean samePlace(SwitchTarget other) {
        return account.equals(other.account) && peer.equals(other.peer);
    }
}
