package im.parley.xmpp.ext.pubsub;

import java.util.Locale;
import java.util.Optional;

/** Who may subscribe and retrieve items (§4.5). */
public enum AccessModel {
    OPEN, PRESENCE, ROSTER, AUTHORIZE, WHITELIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessModel> fromWire(String value) {
        for (AccessModel m : values()) {
            if (m.wireName().equals(value)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
