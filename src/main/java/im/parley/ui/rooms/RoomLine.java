package im.parley.ui.rooms;

import java.time.Instant;

/**
 * One line of a room's conversation: a message, or a notice from the room (subject changed).
 *
 * @param nick the sender's nick; null for a notice
 * @param mention whether someone else's message names the user
 */
public record RoomLine(String nick, String body, Instant time, boolean mine, boolean mention) {
    public boolean notice() {
        return nick == null;
    }
}
