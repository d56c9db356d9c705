package im.parley.ui.rooms;

import java.time.Instant;

/**
 * One line of a room's conversation: a message, or a notice from the room (subject changed).
 *
 * @param nick the sender's nick; null for a notice
 */
public record RoomLine(String nick, String body, Instant time, boolean mine) {
    public boolean notice() {
        return nick == null;
    }
}
