package im.parley.xmpp.ext.chatstates;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Optional;

/** The five chat states of XEP-0085 §2; a message carries at most one. */
public enum ChatState {
    ACTIVE, COMPOSING, PAUSED, INACTIVE, GONE;

    public static final String NAMESPACE = "http://jabber.org/protocol/chatstates";
    private static final ChatState[] VALUES = values();

    /** The element name, which is the state's name on the wire. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public XmlElement toXml() {
        return XmlElement.empty(value(), NAMESPACE);
    }

    /** The state an element stands for; empty when it is not a chat state. */
    public static Optional<ChatState> fromXml(XmlElement e) {
        return e.namespace().equals(NAMESPACE) ? of(e.name()) : Optional.empty();
    }

    /** The state named {@code value} ("composing"...), case-sensitive as on the wire. */
    public static Optional<ChatState> of(String value) {
        for (ChatState s : VALUES) {
            if (s.value().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The message's chat state; the first one if a sender broke the rule of one per message. */
    public static Optional<ChatState> of(Message m) {
        for (XmlElement e : m.payloads()) {
            Optional<ChatState> s = fromXml(e);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The message with this state, replacing any state it already had (one per message, §5.1). */
    public Message attachTo(Message m) {
        Message.Builder b = m.toBuilder();
        for (ChatState s : VALUES) {
            b.removePayloads(s.value(), NAMESPACE);
        }
        return b.payload(toXml()).build();
    }
}
