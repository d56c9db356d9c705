package im.parley.xmpp.ext.caps;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** {@code <c xmlns='http://jabber.org/protocol/caps' hash node ver/>} carried in presence (XEP-0115 §4). */
public record Caps(String hash, String node, String ver) {
    public static final String NAMESPACE = "http://jabber.org/protocol/caps";
    public static final String ELEMENT = "c";

    public Caps {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(ver, "ver");
    }

    /** The disco#info node that names this capability set: node#ver (§6.2). */
    public String discoNode() {
        return node + "#" + ver;
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE).attribute("hash", hash).attribute("node", node)
                .attribute("ver", ver).build();
    }

    /**
     * Reads a {@code <c/>}. The legacy format without 'hash' (before 1.4) is refused: its 'ver'
     * cannot be checked, so it could name any capabilities at all.
     */
    public static Caps fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not entity capabilities: " + e.name());
        }
        String hash = e.attributeOrNull("hash");
        String node = e.attributeOrNull("node");
        String ver = e.attributeOrNull("ver");
        if (hash == null || node == null || ver == null || ver.isEmpty()) {
            throw new PayloadFormatException("caps without hash, node or ver (legacy or broken)");
        }
        return new Caps(hash, node, ver);
    }

    /** The well-formed caps a presence carries, if any. */
    public static Optional<Caps> of(Presence p) {
        return p.payload(ELEMENT, NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
