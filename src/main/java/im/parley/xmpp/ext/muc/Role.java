package im.parley.xmpp.ext.muc;

import java.util.Locale;
import java.util.Optional;

/** An occupant's role in a room, for this visit only (§5.1). */
public enum Role {
    MODERATOR, PARTICIPANT, VISITOR, NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        for (Role r : values()) {
            if (r.wire().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
