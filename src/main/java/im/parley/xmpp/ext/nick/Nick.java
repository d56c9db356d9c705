package im.parley.xmpp.ext.nick;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** {@code <nick xmlns='http://jabber.org/protocol/nick'>}: the name the sender wants to be called. */
public record Nick(String value) {
    public static final String NAMESPACE = "http://jabber.org/protocol/nick";
    public static final String ELEMENT = "nick";

    public Nick {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty nick");
        }
    }

    public XmlElement toXml() {
        return XmlElement.ofText(ELEMENT, NAMESPACE, value);
    }

    /** The nick a stanza carries; a blank one says nothing and counts as none. */
    public static Optional<Nick> of(Stanza s) {
        return s.payload(ELEMENT, NAMESPACE).map(e -> e.text().strip()).filter(t -> !t.isEmpty()).map(Nick::new);
    }

    public Message attachTo(Message m) {
        return m.toBuilder().replacePayload(toXml()).build();
    }

    /**
     * Adds the nick to a subscription request (§4.1). Other presences are refused: the nick
     * MUST NOT be in presence broadcasts, where every contact would get it on each change.
     */
    public Presence attachTo(Presence p) {
        if (p.type() != Presence.Type.SUBSCRIBE) {
            throw new IllegalArgumentException("a nick goes only in subscription requests, not " + p.type());
        }
        return p.toBuilder().replacePayload(toXml()).build();
    }
}
