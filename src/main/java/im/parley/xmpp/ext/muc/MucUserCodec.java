package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes muc#user {@code <x/>} (§17.2.2). Status codes are three-digit numbers (§15.6);
 * others make the element malformed. Unknown children are ignored.
 */
public final class MucUserCodec implements PayloadCodec<MucUser> {
    private static final QName NAME = new QName(Muc.USER, "x");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MucUser> type() {
        return MucUser.class;
    }

    @Override
    public Decoded<MucUser> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "muc#user", element, MucUserCodec::read);
    }

    private static MucUser read(XmlElement x) throws PayloadFormatException {
        List<MucItem> items = new ArrayList<>();
        Set<Integer> codes = new TreeSet<>();
        List<MucInvite> invites = new ArrayList<>();
        Destroy destroy = null;
        String password = null;
        for (XmlElement child : x.elements()) {
            if (!Muc.USER.equals(child.namespace())) {
                continue;
            }
            switch (child.name()) {
                case "item" -> items.add(MucElements.item(child));
                case "status" -> codes.add((int) PayloadAttributes.number(child, "code", 100, 999));
                case "invite", "decline" -> invites.add(new MucInvite(child.name().equals("decline"),
                        MucElements.jid(child, "to"), MucElements.jid(child, "from"),
                        child.childText("reason", Muc.USER).orElse(null)));
                case "destroy" -> destroy = MucElements.destroy(child);
                case "password" -> password = child.text();
                default -> {
                    // Other children (e.g. <continue/> outside an invite) carry nothing we act on.
                }
            }
        }
        return new MucUser(items, codes, invites, destroy, password);
    }

    /** Writes the parts in the order of the XEP's examples: invites, items, status codes, destroy, password. */
    @Override
    public XmlElement encode(MucUser value) {
        XmlElement.Builder b = XmlElement.builder("x", Muc.USER);
        for (MucInvite invite : value.invites()) {
            XmlElement.Builder i = XmlElement.builder(invite.element(), Muc.USER)
                    .attribute("from", invite.from() == null ? null : invite.from().toString())
                    .attribute("to", invite.to() == null ? null : invite.to().toString());
            if (invite.reason() != null) {
                i.child(XmlElement.ofText("reason", Muc.USER, invite.reason()));
            }
            b.child(i.build());
        }
        value.items().forEach(item -> b.child(MucElements.item(item, Muc.USER)));
        new TreeSet<>(value.statusCodes()).forEach(code -> b.child(
                XmlElement.builder("status", Muc.USER).attribute("code", Integer.toString(code)).build()));
        if (value.destroy() != null) {
            b.child(MucElements.destroy(value.destroy(), Muc.USER));
        }
        if (value.password() != null) {
            b.child(XmlElement.ofText("password", Muc.USER, value.password()));
        }
        return b.build();
    }
}
