package im.parley.ui.rooms;

import java.util.regex.Pattern;

/** Whether a room message names the user (their nick as a word of its own, case ignored); addressing an occupant. */
public final class Mentions {
    private Mentions() {
    }

    public static boolean mentions(String body, String nick) {
        if (body == null || nick == null || nick.isBlank()) {
            return false;
        }
        // Not inside a longer word: "ann" is not mentioned by "annual", but is by "@ann," or "Ann:".
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(nick) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(body).find();
    }

    /**
     * {@code draft} addressing {@code nick}: "nick: " to start an empty message, else the nick
     * added at the end, as a word of its own.
     */
    public static String addressed(String draft, String nick) {
        String text = draft == null ? "" : draft;
        if (text.isBlank()) {
            return nick + ": ";
        }
        return text + (Character.isWhitespace(text.charAt(text.length() - 1)) ? "" : " ") + nick + " ";
    }
}
