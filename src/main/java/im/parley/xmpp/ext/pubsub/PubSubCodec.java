package im.parley.xmpp.ext.pubsub;

import static im.parley.xmpp.ext.pubsub.PubSubXml.form;
import static im.parley.xmpp.ext.pubsub.PubSubXml.jid;
import static im.parley.xmpp.ext.pubsub.PubSubXml.jidText;
import static im.parley.xmpp.ext.pubsub.PubSubXml.node;
import static im.parley.xmpp.ext.pubsub.PubSubXml.requiredJid;
import static im.parley.xmpp.ext.pubsub.PubSubXml.withForm;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code <pubsub/>} of one namespace: the user one ({@link #user()}) or the
 * owner one ({@link #owner()}). Unknown children are kept; a known child that breaks the schema
 * makes the whole element malformed.
 */
public final class PubSubCodec implements PayloadCodec<PubSubPayload> {
    private static final RsmCodec RSM = new RsmCodec();
    private final boolean owner;
    private final QName name;

    private PubSubCodec(boolean owner) {
        this.owner = owner;
        this.name = new QName(owner ? PubSub.OWNER : PubSub.NAMESPACE, "pubsub");
    }

    public static PubSubCodec user() {
        return new PubSubCodec(false);
    }

    public static PubSubCodec owner() {
        return new PubSubCodec(true);
    }

    @Override
    public QName name() {
        return name;
    }

    @Override
    public Class<PubSubPayload> type() {
        return PubSubPayload.class;
    }

    @Override
    public Decoded<PubSubPayload> decode(XmlElement element) {
        return PayloadReader.decode(name, "pubsub", element, this::read);
    }

    private PubSubPayload read(XmlElement pubsub) throws PayloadFormatException {
        List<PubSubPart> parts = new ArrayList<>();
        ResultSet set = null;
        for (XmlElement e : pubsub.elements()) {
            if (e.is(ResultSet.ELEMENT, ResultSet.NAMESPACE)) {
                Decoded<ResultSet> page = RSM.decode(e);
                if (page instanceof Decoded.Malformed<ResultSet> m) {
                    throw new PayloadFormatException(m.reason());
                }
                set = page.valueIfAny().orElseThrow();
            } else {
                parts.add(e.namespace().equals(name.namespace()) ? part(e) : new PubSubPart.Other(e));
            }
        }
        return new PubSubPayload(owner, parts, set);
    }

    private PubSubPart part(XmlElement e) throws PayloadFormatException {
        String node = e.attributeOrNull("node");
        return switch (e.name()) {
            case "create" -> new PubSubPart.Create(node);
            case "configure" -> new PubSubPart.Configure(node, form(e));
            case "publish" -> new PubSubPart.Publish(node(e), PubSubXml.items(e));
            case "publish-options" -> new PubSubPart.PublishOptions(form(e));
            case "retract" -> new PubSubPart.Retract(node(e), PayloadAttributes.bool(e, "notify", false),
                    PubSubXml.items(e));
            case "subscribe" -> new PubSubPart.Subscribe(node, requiredJid(e, "jid"));
            case "options" -> new PubSubPart.Options(node, jid(e, "jid"), e.attributeOrNull("subid"), form(e));
            case "unsubscribe" -> new PubSubPart.Unsubscribe(node, requiredJid(e, "jid"), e.attributeOrNull("subid"));
            case "items" -> new PubSubPart.Items(node(e),
                    optionalInt(e), e.attributeOrNull("subid"), PubSubXml.items(e));
            case "subscriptions" -> subscriptions(e, node);
            case "affiliations" -> affiliations(e, node);
            case "subscription" -> new PubSubPart.SubscriptionState(PubSubXml.subscription(e));
            case "default" -> new PubSubPart.Default(node, form(e));
            case "delete" -> new PubSubPart.Delete(node(e),
                    e.child("redirect", e.namespace()).map(r -> r.attributeOrNull("uri")).orElse(null));
            case "purge" -> new PubSubPart.Purge(node(e));
            default -> new PubSubPart.Other(e);
        };
    }

    private static Integer optionalInt(XmlElement e) throws PayloadFormatException {
        Long max = PayloadAttributes.optionalNumber(e, "max_items", 1, Integer.MAX_VALUE);
        return max == null ? null : max.intValue();
    }

    private static PubSubPart subscriptions(XmlElement e, String node) throws PayloadFormatException {
        List<Subscription> list = new ArrayList<>();
        for (XmlElement s : e.children("subscription", e.namespace())) {
            list.add(PubSubXml.subscription(s));
        }
        return new PubSubPart.Subscriptions(node, list);
    }

    private static PubSubPart affiliations(XmlElement e, String node) throws PayloadFormatException {
        List<Affiliation> list = new ArrayList<>();
        for (XmlElement a : e.children("affiliation", e.namespace())) {
            String value = PayloadAttributes.required(a, "affiliation");
            Affiliation.Type type = Affiliation.Type.fromWire(value)
                    .orElseThrow(() -> new PayloadFormatException("unknown affiliation: " + value));
            list.add(new Affiliation(a.attributeOrNull("node"), jid(a, "jid"), type));
        }
        return new PubSubPart.Affiliations(node, list);
    }

    @Override
    public XmlElement encode(PubSubPayload value) {
        String ns = name.namespace();
        XmlElement.Builder b = XmlElement.builder("pubsub", ns);
        for (PubSubPart part : value.parts()) {
            b.child(write(ns, part));
        }
        if (value.set() != null) {
            b.child(RSM.encode(value.set()));
        }
        return b.build();
    }

    private static XmlElement write(String ns, PubSubPart part) {
        if (part instanceof PubSubPart.Other o) {
            return o.element();
        }
        if (part instanceof PubSubPart.SubscriptionState s) {
            return PubSubXml.subscription(ns, s.subscription());
        }
        XmlElement.Builder b = XmlElement.builder(elementName(part), ns);
        if (part instanceof PubSubPart.Create c) {
            b.attribute("node", c.node());
        } else if (part instanceof PubSubPart.Configure c) {
            withForm(b.attribute("node", c.node()), c.form());
        } else if (part instanceof PubSubPart.Publish p) {
            PubSubXml.writeItems(b.attribute("node", p.node()), ns, p.items());
        } else if (part instanceof PubSubPart.PublishOptions p) {
            withForm(b, p.form());
        } else if (part instanceof PubSubPart.Retract r) {
            b.attribute("node", r.node()).attribute("notify", r.notifySubscribers() ? "true" : null);
            PubSubXml.writeItems(b, ns, r.items());
        } else if (part instanceof PubSubPart.Subscribe s) {
            b.attribute("node", s.node()).attribute("jid", s.jid().toString());
        } else if (part instanceof PubSubPart.Options o) {
            withForm(b.attribute("node", o.node()).attribute("jid", jidText(o.jid())).attribute("subid", o.subid()),
                    o.form());
        } else if (part instanceof PubSubPart.Unsubscribe u) {
            b.attribute("node", u.node()).attribute("jid", u.jid().toString()).attribute("subid", u.subid());
        } else if (part instanceof PubSubPart.Items i) {
            b.attribute("node", i.node()).attribute("subid", i.subid())
                    .attribute("max_items", i.maxItems() == null ? null : i.maxItems().toString());
            PubSubXml.writeItems(b, ns, i.items());
        } else if (part instanceof PubSubPart.Subscriptions s) {
            b.attribute("node", s.node());
            s.subscriptions().forEach(x -> b.child(PubSubXml.subscription(ns, x)));
        } else if (part instanceof PubSubPart.Affiliations a) {
            b.attribute("node", a.node());
            a.affiliations().forEach(x -> b.child(XmlElement.builder("affiliation", ns).attribute("node", x.node())
                    .attribute("jid", jidText(x.jid())).attribute("affiliation", x.type().wireName()).build()));
        } else if (part instanceof PubSubPart.Default d) {
            withForm(b.attribute("node", d.node()), d.form());
        } else if (part instanceof PubSubPart.Delete d) {
            b.attribute("node", d.node());
            if (d.redirect() != null) {
                b.child(XmlElement.builder("redirect", ns).attribute("uri", d.redirect()).build());
            }
        } else if (part instanceof PubSubPart.Purge p) {
            b.attribute("node", p.node());
        }
        return b.build();
    }

    private static String elementName(PubSubPart part) {
        if (part instanceof PubSubPart.Create) {
            return "create";
        } else if (part instanceof PubSubPart.Configure) {
            return "configure";
        } else if (part instanceof PubSubPart.Publish) {
            return "publish";
        } else if (part instanceof PubSubPart.PublishOptions) {
            return "publish-options";
        } else if (part instanceof PubSubPart.Retract) {
            return "retract";
        } else if (part instanceof PubSubPart.Subscribe) {
            return "subscribe";
        } else if (part instanceof PubSubPart.Options) {
            return "options";
        } else if (part instanceof PubSubPart.Unsubscribe) {
            return "unsubscribe";
        } else if (part instanceof PubSubPart.Items) {
            return "items";
        } else if (part instanceof PubSubPart.Subscriptions) {
            return "subscriptions";
        } else if (part instanceof PubSubPart.Affiliations) {
            return "affiliations";
        } else if (part instanceof PubSubPart.Default) {
            return "default";
        } else if (part instanceof PubSubPart.Delete) {
            return "delete";
        }
        return "purge";
    }
}
