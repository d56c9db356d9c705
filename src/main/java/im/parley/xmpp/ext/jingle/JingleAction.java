package im.parley.xmpp.ext.jingle;

import java.util.Locale;
import java.util.Optional;

/** The values of the {@code action} attribute (XEP-0166 §7.2). */
public enum JingleAction {
    CONTENT_ACCEPT, CONTENT_ADD, CONTENT_MODIFY, CONTENT_REJECT, CONTENT_REMOVE,
    DESCRIPTION_INFO, SECURITY_INFO,
    SESSION_ACCEPT, SESSION_INFO, SESSION_INITIATE, SESSION_TERMINATE,
    TRANSPORT_ACCEPT, TRANSPORT_INFO, TRANSPORT_REJECT, TRANSPORT_REPLACE;

    private static final JingleAction[] VALUES = values();

    /** The wire name, e.g. {@code session-initiate}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<JingleAction> of(String value) {
        for (JingleAction a : VALUES) {
            if (a.value().equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
