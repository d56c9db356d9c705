package im.parley.xmpp.ext.retraction;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** {@code <retract id='…'/>}: the sender takes back the message with that id. */
public record Retract(String id) {
    public static final String NAMESPACE = "urn:xmpp:message-retract:1";
    public static final String ELEMENT = "retract";
    static final String FALLBACK_NAMESPACE = "urn:xmpp:fallback:0";
    static final String HINTS_NAMESPACE = "urn:xmpp:hints";

    public Retract {
        Objects.requireNonNull(id, "id");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE).attribute("id", id).build();
    }

    public static Retract fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a retraction: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("retraction without an id");
        }
        return new Retract(id);
    }

    public static Optional<Retract> of(Message m) {
        return m.payload(ELEMENT, NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
