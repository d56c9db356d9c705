package im.parley.xmpp.ext.version;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.concurrent.CompletableFuture;

/** Software name, version and OS (XEP-0092). The OS is omitted when the user chose privacy. */
public record SoftwareVersion(String name, String version, String os) {
    public static final String NAMESPACE = "jabber:iq:version";

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("query", NAMESPACE);
        if (name != null) {
            b.child(XmlElement.ofText("name", NAMESPACE, name));
        }
        if (version != null) {
            b.child(XmlElement.ofText("version", NAMESPACE, version));
        }
        if (os != null) {
            b.child(XmlElement.ofText("os", NAMESPACE, os));
        }
        return b.build();
    }

    public static SoftwareVersion fromXml(XmlElement query) {
        return new SoftwareVersion(query.childText("name", NAMESPACE).orElse(null),
                query.childText("version", NAMESPACE).orElse(null),
                query.childText("os", NAMESPACE).orElse(null));
    }

    /** Answers version requests with {@code own}. */
    public static void respond(XmppClient client, SoftwareVersion own) {
        client.addIqHandler(new IqHandlerKey("query", NAMESPACE, Iq.Type.GET), r -> r.result(own.toXml()));
    }

    public static CompletableFuture<SoftwareVersion> query(XmppClient client, Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("query", NAMESPACE)))
                .thenApply(r -> fromXml(r.query().orElse(XmlElement.empty("query", NAMESPACE))));
    }
}
