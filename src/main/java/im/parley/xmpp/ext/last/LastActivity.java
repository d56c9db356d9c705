package im.parley.xmpp.ext.last;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Last Activity (XEP-0012): asked of a client, the time since its user last did something; of a
 * bare JID, when the contact last logged out; of a server, its uptime.
 */
public record LastActivity(Duration seconds, String status) {
    public static final String NAMESPACE = "jabber:iq:last";

    public XmlElement toXml() {
        return XmlElement.builder("query", NAMESPACE).attribute("seconds", Long.toString(seconds.toSeconds()))
                .text(status).build();
    }

    public static LastActivity fromXml(XmlElement query) {
        long s;
        try {
            s = Long.parseLong(query.attribute("seconds").orElse("0").trim());
        } catch (NumberFormatException e) {
            s = 0;
        }
        String text = query.text();
        return new LastActivity(Duration.ofSeconds(Math.max(0, s)), text.isEmpty() ? null : text);
    }

    /** Answers with the idle time {@code idle} reports (e.g. time since the last key press). */
    public static void respond(XmppClient client, Supplier<Duration> idle) {
        client.addIqHandler(new IqHandlerKey("query", NAMESPACE, Iq.Type.GET),
                r -> r.result(new LastActivity(idle.get(), null).toXml()));
    }

    public static CompletableFuture<LastActivity> query(XmppClient client, Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("query", NAMESPACE)))
                .thenApply(r -> fromXml(r.query().orElseThrow()));
    }
}
