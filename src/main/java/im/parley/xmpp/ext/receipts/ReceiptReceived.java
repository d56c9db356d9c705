package im.parley.xmpp.ext.receipts;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** {@code <received id='…'/>}: the message with that id reached the recipient's client. */
public record ReceiptReceived(String id) {
    public static final String ELEMENT = "received";

    public ReceiptReceived {
        Objects.requireNonNull(id, "id");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, ReceiptRequest.NAMESPACE).attribute("id", id).build();
    }

    /** XEP-0184 1.4 makes the id mandatory: without it a receipt acknowledges nothing. */
    public static ReceiptReceived fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, ReceiptRequest.NAMESPACE)) {
            throw new PayloadFormatException("not a receipt: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("receipt without an id");
        }
        return new ReceiptReceived(id);
    }

    /** The well-formed receipt a message carries, if any. */
    public static Optional<ReceiptReceived> of(Message m) {
        return m.payload(ELEMENT, ReceiptRequest.NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
