package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Optional;

/** A message stanza (RFC 6120 §8.2.1, RFC 6121 §5). */
public final class Message extends Stanza {

    public enum Type {
        CHAT, ERROR, GROUPCHAT, HEADLINE, NORMAL;

        private static final Type[] VALUES = values();

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** RFC 6121 §5.2.2: an absent or unknown type is handled as normal. */
        public static Type of(String value) {
            for (Type t : VALUES) {
                if (t.value().equals(value)) {
                    return t;
                }
            }
            return NORMAL;
        }
    }

    private final Type type;

    private Message(Builder b) {
        super(b.to, b.from, b.id, b.lang, b.payloads);
        this.type = b.type;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Type type() {
        return type;
    }

    @Override
    public String kind() {
        return "message";
    }

    @Override
    public String typeValue() {
        return type == Type.NORMAL ? null : type.value();
    }

    /** The body without an xml:lang of its own (or the first body), if any. */
    public Optional<String> body() {
        return localized("body");
    }

    public Optional<String> subject() {
        return localized("subject");
    }

    public Optional<String> thread() {
        return payload("thread", CLIENT_NAMESPACE).map(XmlElement::text);
    }

    private Optional<String> localized(String name) {
        // A plain loop: this runs several times for every received message.
        XmlElement first = null;
        for (XmlElement e : payloads()) {
            if (!e.is(name, CLIENT_NAMESPACE)) {
                continue;
            }
            String lang = e.attributeOrNull(XmlElement.XML_LANG);
            if (lang == null || lang.equals(lang())) {
                return Optional.of(e.text());
            }
            if (first == null) {
                first = e;
            }
        }
        return first == null ? Optional.empty() : Optional.of(first.text());
    }

    static Message decode(XmlElement e) throws StanzaFormatException {
        Builder b = new Builder()
                .to(jidAttribute(e, "to"))
                .from(jidAttribute(e, "from"))
                .id(e.attributeOrNull("id"))
                .lang(e.attributeOrNull(XmlElement.XML_LANG))
                .type(Type.of(e.attributeOrNull("type")));
        b.payloads = e.elements();
        return b.build();
    }

    public static final class Builder extends Stanza.Builder<Builder> {
        private Type type = Type.NORMAL;

        private Builder() {
        }

        private Builder(Message m) {
            super(m);
            type = m.type;
        }

        public Builder type(Type type) {
            this.type = type;
            return this;
        }

        public Builder body(String body) {
            return text("body", body);
        }

        public Builder subject(String subject) {
            return text("subject", subject);
        }

        public Builder thread(String thread) {
            return text("thread", thread);
        }

        private Builder text(String name, String value) {
            removePayloads(name, CLIENT_NAMESPACE);
            if (value != null) {
                payload(XmlElement.ofText(name, CLIENT_NAMESPACE, value));
            }
            return this;
        }

        public Message build() {
            return new Message(this);
        }
    }
}
