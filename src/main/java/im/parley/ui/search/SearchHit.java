package im.parley.ui.search;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;

/**
 * A stored message that matched, as the results list shows it.
 *
 * @param account the user's account the message belongs to
 * @param conversation the contact or room
 * @param name what the conversation is called: the contact's name, else its address
 * @param key the archive's id of the message, to jump to it
 */
public record SearchHit(Jid account, Jid conversation, String name, Instant time, boolean outgoing,
                        Highlight.Snippet snippet, long key) {
}
