package im.parley.xmpp.routing;

import im.parley.xmpp.stanza.Iq;

/** Which requests a handler takes: payload element name and namespace, and get or set. */
public record IqHandlerKey(String name, String namespace, Iq.Type type) {
    public IqHandlerKey {
        if (!type.isRequest()) {
            throw new IllegalArgumentException("handlers take get or set, not " + type);
        }
    }
}
