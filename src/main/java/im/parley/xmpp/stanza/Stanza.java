package im.parley.xmpp.stanza;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The common part of message, presence and IQ stanzas: addressing, id, language and the child
 * elements (payloads). Stanzas are immutable; payloads the engine does not know are kept as they
 * arrived.
 */
public abstract sealed class Stanza permits Message, Presence, Iq {
    public static final String CLIENT_NAMESPACE = "jabber:client";

    private final Jid to;
    private final Jid from;
    private final String id;
    private final String lang;
    private final List<XmlElement> payloads;

    Stanza(Jid to, Jid from, String id, String lang, List<XmlElement> payloads) {
        this.to = to;
        this.from = from;
        this.id = id;
        this.lang = lang;
        this.payloads = List.copyOf(payloads);
    }

    public Jid to() {
        return to;
    }

    public Jid from() {
        return from;
    }

    /** The stanza id, or null. */
    public String id() {
        return id;
    }

    public String lang() {
        return lang;
    }

    /** Every child element, including {@code <error/>} and, for messages, body/subject/thread. */
    public List<XmlElement> payloads() {
        return payloads;
    }

    public Optional<XmlElement> payload(String name, String namespace) {
        for (XmlElement e : payloads) {
            if (e.is(name, namespace)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The error carried by a stanza of type error. */
    public Optional<StanzaError> error() {
        return payload("error", CLIENT_NAMESPACE).map(StanzaError::fromXml);
    }

    /** The stanza's element name: message, presence or iq. */
    public abstract String kind();

    /** The type attribute value, or null where the stanza has none. */
    public abstract String typeValue();

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(kind(), CLIENT_NAMESPACE)
                .attribute("to", to == null ? null : to.toString())
                .attribute("from", from == null ? null : from.toString())
                .attribute("id", id)
                .attribute("type", typeValue())
                .attribute(XmlElement.XML_LANG, lang);
        for (XmlElement p : payloads) {
            b.child(p);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return toXml().toXml(CLIENT_NAMESPACE);
    }

    /** Decodes a top-level element of the stream into a stanza, or returns empty if it is not one. */
    public static Optional<Stanza> fromXml(XmlElement e) throws StanzaFormatException {
        if (!e.namespace().equals(CLIENT_NAMESPACE)) {
            return Optional.empty();
        }
        return switch (e.name()) {
            case "message" -> Optional.of(Message.decode(e));
            case "presence" -> Optional.of(Presence.decode(e));
            case "iq" -> Optional.of(Iq.decode(e));
            default -> Optional.empty();
        };
    }

    static Jid jidAttribute(XmlElement e, String name) throws StanzaFormatException {
        String value = e.attributeOrNull(name);
        if (value == null) {
            return null;
        }
        try {
            return Jid.of(value);
        } catch (JidFormatException ex) {
            throw new StanzaFormatException(StanzaErrorCondition.JID_MALFORMED,
                    "'" + name + "' is not a valid JID: " + ex.getMessage());
        }
    }

    /** Shared builder state; each stanza kind adds its own fields. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<B extends Builder<B>> {
        Jid to;
        Jid from;
        String id;
        String lang;
        List<XmlElement> payloads = new ArrayList<>();

        Builder() {
        }

        Builder(Stanza s) {
            to = s.to;
            from = s.from;
            id = s.id;
            lang = s.lang;
            payloads.addAll(s.payloads);
        }

        public B to(Jid to) {
            this.to = to;
            return (B) this;
        }

        public B from(Jid from) {
            this.from = from;
            return (B) this;
        }

        public B id(String id) {
            this.id = id;
            return (B) this;
        }

        public B lang(String lang) {
            this.lang = lang;
            return (B) this;
        }

        public B payload(XmlElement payload) {
            payloads.add(payload);
            return (B) this;
        }

        /** Replaces every payload with the given name and namespace by {@code payload}. */
        public B replacePayload(XmlElement payload) {
            payloads.removeIf(p -> p.is(payload.name(), payload.namespace()));
            payloads.add(payload);
            return (B) this;
        }

        public B removePayloads(String name, String namespace) {
            payloads.removeIf(p -> p.is(name, namespace));
            return (B) this;
        }
    }
}
