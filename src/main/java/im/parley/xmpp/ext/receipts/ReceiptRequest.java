package im.parley.xmpp.ext.receipts;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/** {@code <request xmlns='urn:xmpp:receipts'/>}: the sender asks to be told of delivery. */
public record ReceiptRequest() {
    public static final String NAMESPACE = "urn:xmpp:receipts";
    public static final String ELEMENT = "request";

    public XmlElement toXml() {
        return XmlElement.empty(ELEMENT, NAMESPACE);
    }

    public static Optional<ReceiptRequest> fromXml(XmlElement e) {
        return e.is(ELEMENT, NAMESPACE) ? Optional.of(new ReceiptRequest()) : Optional.empty();
    }

    public static boolean isRequested(Message m) {
        return m.payload(ELEMENT, NAMESPACE).isPresent();
    }
}
