package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.xml.XmlElement;

/**
 * One item of a node (§7.1): its id (null when the service is to pick one), the publisher when
 * the service says so, and its payload, null for a notification without payload or a request
 * naming items by id.
 */
public record Item(String id, String publisher, XmlElement payload) {
    public static Item of(String id, XmlElement payload) {
        return new Item(id, null, payload);
    }

    /** An item named by id only, as a retraction or a retrieval by id names it. */
    public static Item id(String id) {
        return new Item(id, null, null);
    }
}
