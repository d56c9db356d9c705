package im.parley.client;

import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the user's chat states (XEP-0085) may go to a contact, from what the contact sent. §5.1:
 * once the contact wrote without any chat state, they get none until they send one. A contact who
 * sent {@code <gone/>} left the conversation and is told nothing more until they come back with a
 * message or another state. A contact not heard from yet may be told. Remembered for the most
 * recently heard contacts only, since each is a few bytes but the roster may be long.
 */
final class ChatStatePolicy {
    private enum Heard { USES_STATES, WITHOUT_STATES, GONE }

    private final Map<Jid, Heard> contacts;

    ChatStatePolicy(int remembered) {
        this.contacts = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Jid, Heard> eldest) {
                return size() > remembered;
            }
        };
    }

    /** A message with a body came from {@code from}, with or without a chat state. */
    synchronized void messageReceived(Jid from, boolean withChatState) {
        contacts.put(from.bare(), withChatState ? Heard.USES_STATES : Heard.WITHOUT_STATES);
    }

    /** {@code from} sent a chat state, alone or with a message (told after {@link #messageReceived}). */
    synchronized void chatStateReceived(Jid from, ChatState state) {
        contacts.put(from.bare(), state == ChatState.GONE ? Heard.GONE : Heard.USES_STATES);
    }

    synchronized boolean maySend(Jid to) {
        Heard heard = contacts.get(to.bare());
        return heard == null || heard == Heard.USES_STATES;
    }
}
