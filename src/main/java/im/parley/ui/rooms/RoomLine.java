package im.parley.ui.rooms;

import im.parley.client.DeliveryState;
import java.time.Instant;

/**
 * One line of a room's conversation: a message, or a notice from the room (subject changed).
 *
 * @param nick the sender's nick; null for a notice
 * @param mention whether someone else's message names the user
 * @param stanzaId the id the room gave the message (XEP-0359), which moderation names; null if none
 * @param removed whether a moderator removed the message (XEP-0425): {@code body} then says so
 * @param ownId the id of one of the user's own messages (its origin-id), which its echo and
 *     delivery changes name; null for others' messages and notices
 * @param delivery for the user's own message: queued or sent until the room echoes it (then
 *     delivered), or failed; null for others' messages and notices
 * @param failure why the user's message failed, when the room said; else null
 * @param unstyled its sender asked for the body to be shown as written, without Message Styling
 */
public record RoomLine(String nick, String body, Instant time, boolean mine, boolean mention, String stanzaId,
                       boolean removed, String ownId, DeliveryState delivery, String failure, boolean unstyled) {
    /** Someone else's message, or a notice. */
    public RoomLine(String nick, String body, Instant time, boolean mine, boolean mention, String stanzaId,
                    boolean removed) {
        this(nick, body, time, mine, mention, stanzaId, removed, null, null, null, false);
    }

    /** A line the room gave no id. */
    public RoomLine(String nick, String body, Instant time, boolean mine, boolean mention) {
        this(nick, body, time, mine, mention, null, false);
    }

    /** One of the user's own messages. */
    static RoomLine own(String nick, String body, Instant time, String stanzaId, String ownId, DeliveryState delivery,
                        String failure) {
        return new RoomLine(nick, body, time, true, false, stanzaId, false, ownId, delivery, failure, false);
    }

    /** This line, shown as written when {@code unstyled} (the sender's XEP-0393 hint). */
    RoomLine withUnstyled(boolean unstyled) {
        return new RoomLine(nick, body, time, mine, mention, stanzaId, removed, ownId, delivery, failure, unstyled);
    }

    public boolean notice() {
        return nick == null;
    }

    /** The user's own message on its way: not yet echoed by the room. */
    public boolean pending() {
        return delivery == DeliveryState.QUEUED || delivery == DeliveryState.SENT;
    }

    public boolean failed() {
        return delivery == DeliveryState.FAILED;
    }

    /** This line as a moderator left it: who wrote it and when stay, the text goes. */
    RoomLine removedBecause(String reason) {
        return new RoomLine(nick, removal(reason), time, mine, false, stanzaId, true, ownId, delivery, failure, false);
    }

    /** This own line in a later delivery state (never an earlier one); the room's stanza-id once it gives one. */
    RoomLine delivered(DeliveryState next, String why, String roomStanzaId) {
        if (delivery != null && (delivery == DeliveryState.FAILED || delivery.compareTo(next) > 0)) {
            next = delivery;
        }
        return new RoomLine(nick, body, time, mine, mention, roomStanzaId != null ? roomStanzaId : stanzaId, removed,
                ownId, next, next == DeliveryState.FAILED ? why : null, unstyled);
    }

    static String removal(String reason) {
        return reason == null || reason.isBlank() ? "Removed by a moderator" : "Removed by a moderator: " + reason.strip();
    }
}
