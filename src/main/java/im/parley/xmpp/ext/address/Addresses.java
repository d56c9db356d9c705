package im.parley.xmpp.ext.address;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code <addresses/>} header (§4) and the rules on what of it the user may be shown. */
public record Addresses(List<Address> addresses) {
    public static final String NAMESPACE = "http://jabber.org/protocol/address";
    public static final String FEATURE = NAMESPACE;

    public Addresses {
        addresses = List.copyOf(addresses);
    }

    public List<Address> ofType(Address.Type type) {
        return addresses.stream().filter(a -> a.type() == type).toList();
    }

    /**
     * The header without bcc addresses. A compliant service strips them (§6), but a faulty or
     * hostile one might not, and showing them would reveal who was copied in secret.
     */
    public Addresses withoutBcc() {
        return new Addresses(addresses.stream().filter(a -> a.type() != Address.Type.BCC).toList());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("addresses", NAMESPACE);
        addresses.forEach(a -> b.child(a.toXml()));
        return b.build();
    }

    public static Addresses fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("addresses", NAMESPACE)) {
            throw new PayloadFormatException("not an addresses header: <" + e.name() + "/>");
        }
        List<Address> out = new ArrayList<>();
        for (XmlElement a : e.children("address", NAMESPACE)) {
            Address.fromXml(a).ifPresent(out::add);
        }
        return new Addresses(out);
    }

    /** The header of a received message as the user may see it: bcc never included. */
    public static Optional<Addresses> forDisplay(Message m) throws PayloadFormatException {
        Optional<XmlElement> header = m.payload("addresses", NAMESPACE);
        return header.isEmpty() ? Optional.empty() : Optional.of(fromXml(header.get()).withoutBcc());
    }

    /** The received message with any bcc address removed from its header, for display or storage. */
    public static Message stripBcc(Message m) {
        Optional<XmlElement> header = m.payload("addresses", NAMESPACE);
        if (header.isEmpty()) {
            return m;
        }
        XmlElement old = header.get();
        XmlElement.Builder cleaned = XmlElement.builder(old.name(), old.namespace());
        old.attributes().forEach(cleaned::attribute);
        for (XmlNode n : old.children()) {
            boolean bcc = n instanceof XmlElement e && e.is("address", NAMESPACE)
                    && "bcc".equals(e.attributeOrNull("type"));
            if (!bcc) {
                cleaned.children(List.of(n));
            }
        }
        return m.toBuilder().replacePayload(cleaned.build()).build();
    }
}
