package im.parley.xmpp.ext.address;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code <address/>} (§4).
 *
 * @param jid the address as a JID, or null
 * @param uri the address as a URI, or null; never together with {@code jid}
 * @param node a disco node at {@code jid}, or null
 * @param desc a human-readable description, or null
 * @param delivered set by the multicast service once it delivered to this address
 */
public record Address(Type type, Jid jid, String uri, String node, String desc, boolean delivered) {
    public enum Type {
        TO, CC, BCC, REPLYTO, REPLYROOM, NOREPLY, OFROM;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Type> of(String value) {
            return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst();
        }
    }

    public Address {
        if (type == null) {
            throw new IllegalArgumentException("an address needs a type");
        }
        if (jid != null && uri != null) {
            throw new IllegalArgumentException("§4: an address has a jid or a uri, not both");
        }
        if (uri != null && node != null) {
            throw new IllegalArgumentException("§4.3: no node with a uri");
        }
    }

    public static Address of(Type type, Jid jid) {
        return new Address(type, jid, null, null, null, false);
    }

    public XmlElement toXml() {
        return XmlElement.builder("address", Addresses.NAMESPACE)
                .attribute("type", type.value())
                .attribute("jid", jid == null ? null : jid.toString())
                .attribute("uri", uri)
                .attribute("node", node)
                .attribute("desc", desc)
                .attribute("delivered", delivered ? "true" : null)
                .build();
    }

    /** The address, or empty for a type this version does not know (§4.6: types are extensible). */
    public static Optional<Address> fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("address", Addresses.NAMESPACE)) {
            throw new PayloadFormatException("not an address: <" + e.name() + "/>");
        }
        String typeText = e.attributeOrNull("type");
        if (typeText == null) {
            throw new PayloadFormatException("§4: an address must have a type");
        }
        Optional<Type> type = Type.of(typeText);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String jidText = e.attributeOrNull("jid");
        String uri = e.attributeOrNull("uri");
        String node = e.attributeOrNull("node");
        String desc = e.attributeOrNull("desc");
        if (jidText == null && uri == null && node == null && desc == null) {
            throw new PayloadFormatException("§4: an address needs one of jid, uri, node, desc");
        }
        Jid jid;
        try {
            jid = jidText == null ? null : Jid.of(jidText);
        } catch (JidFormatException ex) {
            throw new PayloadFormatException("address with an invalid jid '" + jidText + "'");
        }
        String delivered = e.attributeOrNull("delivered");
        try {
            return Optional.of(new Address(type.get(), jid, uri, node, desc,
                    "true".equals(delivered) || "1".equals(delivered)));
        } catch (IllegalArgumentException ex) {
            throw new PayloadFormatException(ex.getMessage());
        }
    }
}
