package im.parley.xmpp.ext.sid;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/** The sender's own stable id for a stanza (XEP-0359 §3.2), kept by servers and MUCs as it is. */
public record OriginId(String id) {
    public static final String NAMESPACE = "urn:xmpp:sid:0";
    public static final String ELEMENT = "origin-id";

    public OriginId {
        Objects.requireNonNull(id, "id");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE).attribute("id", id).build();
    }

    public static OriginId fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not an origin-id: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("origin-id without an id");
        }
        return new OriginId(id);
    }
}
