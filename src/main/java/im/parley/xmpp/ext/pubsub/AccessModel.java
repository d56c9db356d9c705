package im.parley.xmpp.ext.pubsub;

import java.util.Locale;
import im.parley.xmpp.ext.WireNames;
import java.util.Optional;

/** Who may subscribe and retrieve items (§4.5). */
public enum AccessModel {
    OPEN, PRESENCE, ROSTER, AUTHORIZE, WHITELIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessModel> fromWire(String value) {
        return WireNames.lookup(values(), AccessModel::wireName, value);
    }
}
