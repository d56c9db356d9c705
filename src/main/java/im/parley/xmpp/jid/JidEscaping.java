package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import java.util.Objects;

/**
 * XEP-0106 JID Escaping: lets a localpart show characters that RFC 7622 forbids in it (space,
 * {@code " & ' / : < > @}) by sending them as {@code \}hexhex sequences.
 *
 * <p>Escape what a user typed before building a {@link Jid} from it, and unescape a JID's
 * localpart only to show it; JIDs are always compared in escaped form (XEP-0106 §4.1).
 */
public final class JidEscaping {
    /** The characters XEP-0106 §3 escapes; the backslash only where it would start an escape. */
    private static final String ESCAPABLE = " \"&'/:<>@\\";

    private JidEscaping() {
    }

    /**
     * Escapes an unescaped localpart, e.g. {@code d'artagnan} to {@code d\27artagnan}.
     *
     * <p>A backslash is escaped (to {@code \5c}) only where it starts a sequence that unescaping
     * would otherwise turn into another character (XEP-0106 §4.2 step 3); other backslashes are
     * kept, so {@code c:\net} becomes {@code c\3a\net}. The hex digits of such a sequence are
     * matched in either case because the localpart's case mapping will lowercase them anyway.
     *
     * @throws JidFormatException for a leading or trailing space: XEP-0106 §4.1 forbids an escaped
     *     localpart to start or end with {@code \20}
     */
    public static String escapeLocal(String unescaped) {
        Objects.requireNonNull(unescaped, "unescaped");
        if (unescaped.startsWith(" ") || unescaped.endsWith(" ")) {
            throw new JidFormatException(Part.LOCALPART, "an escaped localpart must not start or end with a space");
        }
        StringBuilder escaped = new StringBuilder(unescaped.length() + 8);
        for (int i = 0; i < unescaped.length(); i++) {
            char c = unescaped.charAt(i);
            boolean escape = c == '\\' ? escapedCharAt(unescaped, i, true) >= 0 : ESCAPABLE.indexOf(c) >= 0;
            if (escape) {
                escaped.append('\\').append(Integer.toHexString(c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Unescapes a localpart for display, e.g. {@code d\27artagnan} to {@code d'artagnan}.
     *
     * <p>Only the ten sequences of XEP-0106 §3.3, in lowercase, are replaced; anything else that
     * starts with a backslash, such as {@code \2plus} or {@code \41}, is left as it is (§4.3).
     */
    public static String unescapeLocal(String escaped) {
        Objects.requireNonNull(escaped, "escaped");
        if (escaped.indexOf('\\') < 0) {
            return escaped; // the usual case: nothing to do
        }
        StringBuilder unescaped = new StringBuilder(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            int decoded = c == '\\' ? escapedCharAt(escaped, i, false) : -1;
            if (decoded >= 0) {
                unescaped.append((char) decoded);
                i += 3;
            } else {
                unescaped.append(c);
                i++;
            }
        }
        return unescaped.toString();
    }

    /**
     * The character that the escape sequence at {@code backslash} stands for, or -1 when the
     * backslash does not start one of the ten escape sequences.
     */
    private static int escapedCharAt(String s, int backslash, boolean anyCase) {
        if (backslash + 2 >= s.length()) {
            return -1;
        }
        int high = hexValue(s.charAt(backslash + 1), anyCase);
        int low = hexValue(s.charAt(backslash + 2), anyCase);
        if (high < 0 || low < 0) {
            return -1;
        }
        int decoded = high * 16 + low;
        return ESCAPABLE.indexOf(decoded) >= 0 ? decoded : -1;
    }

    private static int hexValue(char c, boolean anyCase) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (anyCase && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
