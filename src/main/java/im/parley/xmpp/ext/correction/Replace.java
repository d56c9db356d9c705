package im.parley.xmpp.ext.correction;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** {@code <replace id='…'/>}: this message corrects the earlier message with that id. */
public record Replace(String id) {
    public static final String NAMESPACE = "urn:xmpp:message-correct:0";
    public static final String ELEMENT = "replace";

    public Replace {
        Objects.requireNonNull(id, "id");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE).attribute("id", id).build();
    }

    /** Without an id a correction would replace nothing we could name, so it is malformed. */
    public static Replace fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a correction: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("correction without an id");
        }
        return new Replace(id);
    }

    /** The well-formed correction a message carries, if any. */
    public static Optional<Replace> of(Message m) {
        return m.payload(ELEMENT, NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
