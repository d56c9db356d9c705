package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;

/** The parts muc#user, muc#admin and muc#owner share: items and destroy, in the namespace of their parent. */
final class MucElements {
    private MucElements() {
    }

    static MucItem item(XmlElement e) throws PayloadFormatException {
        String ns = e.namespace();
        Affiliation affiliation = enumOf(e, "affiliation", Affiliation::fromWire);
        Role role = enumOf(e, "role", Role::fromWire);
        String actorNick = null;
        Jid actorJid = null;
        XmlElement actor = e.child("actor", ns).orElse(null);
        if (actor != null) {
            actorNick = actor.attributeOrNull("nick");
            actorJid = jid(actor, "jid");
        }
        return new MucItem(affiliation, role, jid(e, "jid"), e.attributeOrNull("nick"), actorNick, actorJid,
                e.childText("reason", ns).orElse(null));
    }

    static XmlElement item(MucItem item, String ns) {
        XmlElement.Builder b = XmlElement.builder("item", ns)
                .attribute("affiliation", item.affiliation() == null ? null : item.affiliation().wire())
                .attribute("jid", item.jid() == null ? null : item.jid().toString())
                .attribute("nick", item.nick())
                .attribute("role", item.role() == null ? null : item.role().wire());
        if (item.actorNick() != null || item.actorJid() != null) {
            b.child(XmlElement.builder("actor", ns).attribute("nick", item.actorNick())
                    .attribute("jid", item.actorJid() == null ? null : item.actorJid().toString()).build());
        }
        if (item.reason() != null) {
            b.child(XmlElement.ofText("reason", ns, item.reason()));
        }
        return b.build();
    }

    static Destroy destroy(XmlElement e) throws PayloadFormatException {
        String ns = e.namespace();
        return new Destroy(jid(e, "jid"), e.childText("password", ns).orElse(null),
                e.childText("reason", ns).orElse(null));
    }

    static XmlElement destroy(Destroy destroy, String ns) {
        XmlElement.Builder b = XmlElement.builder("destroy", ns)
                .attribute("jid", destroy.alternate() == null ? null : destroy.alternate().toString());
        if (destroy.password() != null) {
            b.child(XmlElement.ofText("password", ns, destroy.password()));
        }
        if (destroy.reason() != null) {
            b.child(XmlElement.ofText("reason", ns, destroy.reason()));
        }
        return b.build();
    }

    static Jid jid(XmlElement e, String attribute) throws PayloadFormatException {
        String value = e.attributeOrNull(attribute);
        if (value == null) {
            return null;
        }
        return Jid.tryParse(value).orElseThrow(
                () -> new PayloadFormatException("<" + e.name() + "/> has a bad " + attribute + ": " + value));
    }

    interface WireName<T> {
        java.util.Optional<T> of(String value);
    }

    private static <T> T enumOf(XmlElement e, String attribute, WireName<T> parse) throws PayloadFormatException {
        String value = e.attributeOrNull(attribute);
        if (value == null) {
            return null;
        }
        return parse.of(value).orElseThrow(
                () -> new PayloadFormatException("<item/> has an unknown " + attribute + ": " + value));
    }
}
