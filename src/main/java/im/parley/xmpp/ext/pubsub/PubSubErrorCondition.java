package im.parley.xmpp.ext.pubsub;

import java.util.Locale;
import im.parley.xmpp.ext.WireNames;
import java.util.Optional;

/** The application-specific conditions of {@code pubsub#errors} (§19.4), each beside a stanza error. */
public enum PubSubErrorCondition {
    CLOSED_NODE, CONFIGURATION_REQUIRED, INVALID_JID, INVALID_OPTIONS, INVALID_PAYLOAD, INVALID_SUBID,
    ITEM_FORBIDDEN, ITEM_REQUIRED, JID_REQUIRED, MAX_ITEMS_EXCEEDED, MAX_NODES_EXCEEDED, NODEID_REQUIRED,
    /** The node holds max_items and rejects more (§7.1.3.7; in the text, not the schema). */
    NODE_FULL, NOT_IN_ROSTER_GROUP, NOT_SUBSCRIBED, PAYLOAD_TOO_BIG, PAYLOAD_REQUIRED, PENDING_SUBSCRIPTION,
    PRECONDITION_NOT_MET, PRESENCE_SUBSCRIPTION_REQUIRED, SUBID_REQUIRED, TOO_MANY_SUBSCRIPTIONS,
    /** A feature the service lacks; the feature is named beside it. */
    UNSUPPORTED, UNSUPPORTED_ACCESS_MODEL;

    public String elementName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PubSubErrorCondition> fromElementName(String name) {
        return WireNames.lookup(values(), PubSubErrorCondition::elementName, name);
    }
}
