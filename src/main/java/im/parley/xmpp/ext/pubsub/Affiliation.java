package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.WireNames;
import im.parley.xmpp.jid.Jid;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An affiliation (§4.1): the user's own to a node (node set, no jid) or, for an owner, an
 * entity's to the node the list is about (jid set, no node).
 */
public record Affiliation(String node, Jid jid, Type type) {
    public enum Type {
        OWNER, PUBLISHER, PUBLISH_ONLY, MEMBER, NONE, OUTCAST;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Type> fromWire(String value) {
            return WireNames.lookup(values(), Type::wireName, value);
        }
    }

    public Affiliation {
        Objects.requireNonNull(type, "type");
    }
}
