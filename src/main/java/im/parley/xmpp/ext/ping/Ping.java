package im.parley.xmpp.ext.ping;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;

/** XEP-0199 requests and the responder's key. */
public final class Ping {
    public static final String NAMESPACE = "urn:xmpp:ping";
    public static final IqHandlerKey HANDLER_KEY = new IqHandlerKey("ping", NAMESPACE, Iq.Type.GET);

    private Ping() {
    }

    /** A ping to {@code to}; null pings our own server. */
    public static Iq request(Jid to) {
        return Iq.get(to, XmlElement.empty("ping", NAMESPACE));
    }
}
