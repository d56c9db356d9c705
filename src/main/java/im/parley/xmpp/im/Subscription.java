package im.parley.xmpp.im;

import java.util.Locale;
import java.util.Optional;

/** The roster item's subscription state (RFC 6121 §2.1.2.5); REMOVE only appears in requests and pushes. */
public enum Subscription {
    NONE, TO, FROM, BOTH, REMOVE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Absent means "none" (RFC 6121 §2.1.2.5); an unknown value is empty, for the caller to refuse. */
    public static Optional<Subscription> of(String value) {
        if (value == null) {
            return Optional.of(NONE);
        }
        for (Subscription s : values()) {
            if (s.value().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
