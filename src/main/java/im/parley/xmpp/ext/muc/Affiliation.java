package im.parley.xmpp.ext.muc;

import java.util.Locale;
import java.util.Optional;

/** A user's lasting affiliation with a room (§5.2); an outcast is banned. */
public enum Affiliation {
    OWNER, ADMIN, MEMBER, OUTCAST, NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Affiliation> fromWire(String value) {
        for (Affiliation a : values()) {
            if (a.wire().equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
