package im.parley.xmpp.ext.reply;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <reply to='…' id='…'/>}: this message answers the message with that id, written by
 * {@code to} (a SHOULD in Use Cases, not a MUST, so it may be absent).
 */
public record Reply(Jid to, String id) {
    public static final String NAMESPACE = "urn:xmpp:reply:0";
    public static final String ELEMENT = "reply";

    public Reply {
        Objects.requireNonNull(id, "id");
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE);
        if (to != null) {
            b.attribute("to", to.toString());
        }
        return b.attribute("id", id).build();
    }

    /** The id names the message replied to, so it is required; a bad 'to' is malformed too. */
    public static Reply fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a reply: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("reply without an id");
        }
        String to = e.attributeOrNull("to");
        if (to == null) {
            return new Reply(null, id);
        }
        return new Reply(Jid.tryParse(to).orElseThrow(() -> new PayloadFormatException("bad reply to: " + to)), id);
    }

    public static Optional<Reply> of(Message m) {
        return m.payload(ELEMENT, NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
