package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** What the pubsub and event codecs read and write alike: items, subscriptions, JIDs and forms. */
final class PubSubXml {
    private static final DataFormCodec FORMS = new DataFormCodec();

    private PubSubXml() {
    }

    /** The {@code <item/>} children of {@code parent}; the payload is the first child element (§7.1). */
    static List<Item> items(XmlElement parent) throws PayloadFormatException {
        List<Item> items = new ArrayList<>();
        for (XmlElement e : parent.children("item", parent.namespace())) {
            List<XmlElement> children = e.elements();
            if (children.size() > 1) {
                throw new PayloadFormatException("an item carries one payload, not " + children.size());
            }
            items.add(new Item(e.attributeOrNull("id"), e.attributeOrNull("publisher"),
                    children.isEmpty() ? null : children.get(0)));
        }
        return items;
    }

    static void writeItems(XmlElement.Builder parent, String namespace, List<Item> items) {
        for (Item item : items) {
            XmlElement.Builder b = XmlElement.builder("item", namespace)
                    .attribute("id", item.id()).attribute("publisher", item.publisher());
            if (item.payload() != null) {
                b.child(item.payload());
            }
            parent.child(b.build());
        }
    }

    static Jid jid(XmlElement e, String name) throws PayloadFormatException {
        String value = e.attributeOrNull(name);
        if (value == null) {
            return null;
        }
        return Jid.tryParse(value).orElseThrow(() -> new PayloadFormatException(
                "<" + e.name() + "/> '" + name + "' is not a JID: " + value));
    }

    static Jid requiredJid(XmlElement e, String name) throws PayloadFormatException {
        Jid jid = jid(e, name);
        if (jid == null) {
            throw new PayloadFormatException("<" + e.name() + "/> without '" + name + "'");
        }
        return jid;
    }

    static String node(XmlElement e) throws PayloadFormatException {
        return PayloadAttributes.required(e, "node");
    }

    /** The data form child of {@code e}, or null. */
    static DataForm form(XmlElement e) throws PayloadFormatException {
        XmlElement x = e.child("x", DataForm.NAMESPACE).orElse(null);
        if (x == null) {
            return null;
        }
        Decoded<DataForm> form = FORMS.decode(x);
        if (form instanceof Decoded.Malformed<DataForm> m) {
            throw new PayloadFormatException(m.reason());
        }
        return form.valueIfAny().orElseThrow();
    }

    static XmlElement.Builder withForm(XmlElement.Builder b, DataForm form) {
        return form == null ? b : b.child(FORMS.encode(form));
    }

    static String jidText(Jid jid) {
        return jid == null ? null : jid.toString();
    }

    static Subscription subscription(XmlElement e) throws PayloadFormatException {
        String state = e.attributeOrNull("subscription");
        Subscription.State parsed = null;
        if (state != null) {
            parsed = Subscription.State.fromWire(state)
                    .orElseThrow(() -> new PayloadFormatException("unknown subscription state: " + state));
        }
        Subscription.Options options = Subscription.Options.NOT_OFFERED;
        XmlElement offered = e.child("subscribe-options", e.namespace()).orElse(null);
        if (offered != null) {
            options = offered.child("required", e.namespace()).isPresent()
                    ? Subscription.Options.REQUIRED : Subscription.Options.OFFERED;
        }
        return new Subscription(e.attributeOrNull("node"), requiredJid(e, "jid"), e.attributeOrNull("subid"),
                parsed, options);
    }

    static XmlElement subscription(String namespace, Subscription s) {
        XmlElement.Builder b = XmlElement.builder("subscription", namespace)
                .attribute("node", s.node()).attribute("jid", jidText(s.jid())).attribute("subid", s.subid())
                .attribute("subscription", s.state() == null ? null : s.state().wireName());
        if (s.options() != Subscription.Options.NOT_OFFERED) {
            XmlElement.Builder options = XmlElement.builder("subscribe-options", namespace);
            if (s.options() == Subscription.Options.REQUIRED) {
                options.child(XmlElement.empty("required", namespace));
            }
            b.child(options.build());
        }
        return b.build();
    }
}
