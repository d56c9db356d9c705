package im.parley.xmpp.ext.last;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
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

    /** Answers everyone with the idle time {@code idle} reports (e.g. time since the last key press). */
    public static void respond(XmppClient client, Supplier<Duration> idle) {
        respond(client, idle, asker -> true);
    }

    /**
     * Answers those {@code mayAsk} accepts (given the asker's address, null for the server) with
     * the idle time; others get {@code <forbidden/>}, as §3 says for a requester not authorized.
     */
    public static void respond(XmppClient client, Supplier<Duration> idle, Predicate<Jid> mayAsk) {
        client.addIqHandler(new IqHandlerKey("query", NAMESPACE, Iq.Type.GET), r -> {
            if (!mayAsk.test(r.from())) {
                throw new IqErrorException(StanzaError.of(StanzaErrorCondition.FORBIDDEN));
            }
            return r.result(new LastActivity(idle.get(), null).toXml());
        });
    }

    public static CompletableFuture<LastActivity> query(XmppClient client, Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("query", NAMESPACE)))
                .thenApply(r -> fromXml(r.query().orElseThrow()));
    }
}
