package im.parley.xmpp.ext.time;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/** An entity's time: UTC instant and its offset (XEP-0202). */
public record EntityTime(Instant utc, ZoneOffset offset) {
    public static final String NAMESPACE = "urn:xmpp:time";

    public XmlElement toXml() {
        return XmlElement.builder("time", NAMESPACE)
                .child(XmlElement.ofText("tzo", NAMESPACE, offset.getId().equals("Z") ? "+00:00" : offset.getId()))
                .child(XmlElement.ofText("utc", NAMESPACE,
                        DateTimeFormatter.ISO_INSTANT.format(utc.truncatedTo(ChronoUnit.MILLIS))))
                .build();
    }

    public static EntityTime fromXml(XmlElement time) {
        Instant utc = Instant.parse(time.childText("utc", NAMESPACE).orElseThrow().trim());
        String tzo = time.childText("tzo", NAMESPACE).orElse("Z").trim();
        return new EntityTime(utc, ZoneOffset.of(tzo.equals("Z") ? "Z" : tzo));
    }

    public static void respond(XmppClient client, Clock clock) {
        client.addIqHandler(new IqHandlerKey("time", NAMESPACE, Iq.Type.GET), r -> {
            ZonedDateTime now = ZonedDateTime.now(clock);
            return r.result(new EntityTime(now.toInstant(), now.getOffset()).toXml());
        });
    }

    public static CompletableFuture<EntityTime> query(XmppClient client, Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("time", NAMESPACE)))
                .thenApply(r -> fromXml(r.query().orElseThrow()));
    }
}
