package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/**
 * An event from a PubSub service, accepted because it comes from the entity that hosts the node:
 * a service's domain JID or, for PEP (XEP-0163), the owner's bare JID.
 */
public record PubSubNotification(Jid service, PubSubEvent event) {
    public PubSubNotification {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(event, "event");
    }
}
