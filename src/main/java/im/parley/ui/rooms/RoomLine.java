package im.parley.ui.rooms;

import java.time.Instant;

/**
 * One line of a room's conversation: a message, or a notice from the room (subject changed).
 *
 * @param nick the sender's nick; null for a notice
 * @param mention whether someone else's message names the user
 * @param stanzaId the id the room gave the message (XEP-0359), which moderation names; null if none
 * @param removed whether a moderator removed the message (XEP-0425): {@code body} then says so
 */
public record RoomLine(String nick, String body, Instant time, boolean mine, boolean mention, String stanzaId,
                       boolean removed) {
    /** A line the room gave no id. */
    public RoomLine(String nick, String body, Instant time, boolean mine, boolean mention) {
        this(nick, body, time, mine, mention, null, false);
    }

    public boolean notice() {
        return nick == null;
    }

    /** This line as a moderator left it: who wrote it and when stay, the text goes. */
    RoomLine removedBecause(String reason) {
        return new RoomLine(nick, removal(reason), time, mine, false, stanzaId, true);
    }

    static String removal(String reason) {
        return reason == null || reason.isBlank() ? "Removed by a moderator" : "Removed by a moderator: " + reason.strip();
    }
}
