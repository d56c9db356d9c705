package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code <event/>}: exactly one child says what happened (schema of §19.3). */
public final class PubSubEventCodec implements PayloadCodec<PubSubEvent> {
    public static final QName NAME = new QName(PubSub.EVENT, "event");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<PubSubEvent> type() {
        return PubSubEvent.class;
    }

    @Override
    public Decoded<PubSubEvent> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "pubsub event", element, PubSubEventCodec::read);
    }

    private static PubSubEvent read(XmlElement event) throws PayloadFormatException {
        List<XmlElement> children = event.elements();
        if (children.size() != 1) {
            throw new PayloadFormatException("an event has one child, not " + children.size());
        }
        XmlElement e = children.get(0);
        if (!e.namespace().equals(PubSub.EVENT)) {
            return new PubSubEvent.Other(e);
        }
        return switch (e.name()) {
            case "items" -> items(e);
            case "purge" -> new PubSubEvent.Purged(PubSubXml.node(e));
            case "delete" -> new PubSubEvent.Deleted(PubSubXml.node(e),
                    e.child("redirect", PubSub.EVENT).map(r -> r.attributeOrNull("uri")).orElse(null));
            case "configuration" -> new PubSubEvent.Configured(PubSubXml.node(e), PubSubXml.form(e));
            case "subscription" -> new PubSubEvent.SubscriptionChanged(PubSubXml.subscription(e),
                    e.attributeOrNull("expiry"));
            default -> new PubSubEvent.Other(e);
        };
    }

    private static PubSubEvent items(XmlElement e) throws PayloadFormatException {
        List<String> retracted = new ArrayList<>();
        for (XmlElement r : e.children("retract", PubSub.EVENT)) {
            retracted.add(PayloadAttributes.required(r, "id"));
        }
        return new PubSubEvent.Items(PubSubXml.node(e), PubSubXml.items(e), retracted);
    }

    @Override
    public XmlElement encode(PubSubEvent value) {
        return XmlElement.builder("event", PubSub.EVENT).child(child(value)).build();
    }

    private static XmlElement child(PubSubEvent value) {
        String ns = PubSub.EVENT;
        if (value instanceof PubSubEvent.Other o) {
            return o.element();
        }
        if (value instanceof PubSubEvent.SubscriptionChanged s) {
            return PubSubXml.subscription(ns, s.subscription()).withAttribute("expiry", s.expiry());
        }
        if (value instanceof PubSubEvent.Items i) {
            XmlElement.Builder b = XmlElement.builder("items", ns).attribute("node", i.node());
            PubSubXml.writeItems(b, ns, i.items());
            i.retracted().forEach(id -> b.child(XmlElement.builder("retract", ns).attribute("id", id).build()));
            return b.build();
        }
        if (value instanceof PubSubEvent.Deleted d) {
            XmlElement.Builder b = XmlElement.builder("delete", ns).attribute("node", d.node());
            if (d.redirect() != null) {
                b.child(XmlElement.builder("redirect", ns).attribute("uri", d.redirect()).build());
            }
            return b.build();
        }
        if (value instanceof PubSubEvent.Configured c) {
            return PubSubXml.withForm(XmlElement.builder("configuration", ns).attribute("node", c.node()), c.form())
                    .build();
        }
        return XmlElement.builder("purge", ns).attribute("node", value.node()).build();
    }
}
