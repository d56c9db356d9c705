package im.parley.client;

import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Private messages with one occupant of a group room (XEP-0045 §7.5), each a conversation of its
 * own named by the occupant JID, room@service/nick. The user's go through the outbox like
 * one-to-one messages: the local echo ({@link AccountEvent.MessageSent}) is told at once and
 * archived before anyone sees it, with the origin-id a carbon or server-archive copy is matched
 * by; they wait while offline, and a room that refuses one marks it failed. The occupant's come
 * in as room events ({@link RoomEvent.PrivateMessage}).
 *
 * <p>No receipts, chat states or displayed markers go to occupants: a semi-anonymous room hides
 * who they are, and what the user reads is nobody's business there.
 */
public final class RoomPrivateMessages {
    private final Outbox outbox;
    private final Consumer<AccountEvent> publish;
    /** The session when the account is online, else null. */
    private final Supplier<AccountSession> online;

    RoomPrivateMessages(Outbox outbox, Consumer<AccountEvent> publish, Supplier<AccountSession> online) {
        this.outbox = outbox;
        this.publish = publish;
        this.online = online;
    }

    /**
     * Sends {@code body} to {@code occupant} (room@service/nick) through the room: now when online,
     * else once the next session has joined the room again.
     *
     * @throws IllegalArgumentException when {@code occupant} names no nick
     */
    public TrackedMessage send(Jid occupant, String body) {
        if (occupant.resource() == null) {
            throw new IllegalArgumentException("a private message goes to an occupant JID, room@service/nick: " + occupant);
        }
        TrackedMessage m = outbox.add(occupant, body, new OutgoingKind.RoomPrivate());
        AccountSession s = online.get();
        if (s != null) {
            outbox.send(s.client(), m);
        }
        return m;
    }

    /**
     * The user has read the conversation with {@code occupant} up to the message {@code upToId}:
     * the archive counts nothing unread there any more. Nothing is sent.
     */
    public void markRead(Jid occupant, String upToId) {
        publish.accept(new AccountEvent.ConversationRead(occupant, upToId));
    }

    /** A room refusing one of the user's private messages (§7.5: an occupant gone, PMs not allowed) fails it. */
    void observe(AccountEvent event) {
        if (event instanceof AccountEvent.RoomChanged changed
                && changed.event() instanceof RoomEvent.MessageRefused refused && refused.messageId() != null) {
            outbox.error(refused.room(), refused.messageId(), refused.error().toString());
        }
    }
}
