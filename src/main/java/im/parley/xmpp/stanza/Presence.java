package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Optional;

/** A presence stanza (RFC 6120 §8.2.2, RFC 6121 §4). */
public final class Presence extends Stanza {

    public enum Type {
        AVAILABLE, UNAVAILABLE, SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED, PROBE, ERROR;

        private static final Type[] VALUES = values();

        /** The attribute value; available presence has none. */
        public String value() {
            return this == AVAILABLE ? null : name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Type> of(String value) {
            if (value == null) {
                return Optional.of(AVAILABLE);
            }
            for (Type t : VALUES) {
                if (value.equals(t.value())) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** RFC 6121 §4.7.2.1 show values. */
    public enum Show {
        AWAY, CHAT, DND, XA;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Show> of(String value) {
            for (Show s : values()) {
                if (s.value().equals(value)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final Type type;

    private Presence(Builder b) {
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
        return "presence";
    }

    @Override
    public String typeValue() {
        return type.value();
    }

    public Optional<Show> show() {
        return payload("show", CLIENT_NAMESPACE).flatMap(s -> Show.of(s.text().trim()));
    }

    public Optional<String> status() {
        return payload("status", CLIENT_NAMESPACE).map(XmlElement::text);
    }

    /** The priority, 0 when absent or unreadable (RFC 6121 §4.7.2.3). */
    public int priority() {
        return payload("priority", CLIENT_NAMESPACE).map(p -> {
            try {
                int v = Integer.parseInt(p.text().trim());
                return Math.max(-128, Math.min(127, v));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).orElse(0);
    }

    static Presence decode(XmlElement e) throws StanzaFormatException {
        String typeValue = e.attributeOrNull("type");
        Type type = Type.of(typeValue).orElseThrow(() -> new StanzaFormatException(
                StanzaErrorCondition.BAD_REQUEST, "unknown presence type '" + typeValue + "'"));
        Builder b = new Builder()
                .to(jidAttribute(e, "to"))
                .from(jidAttribute(e, "from"))
                .id(e.attributeOrNull("id"))
                .lang(e.attributeOrNull(XmlElement.XML_LANG))
                .type(type);
        b.payloads = e.elements();
        return b.build();
    }

    public static final class Builder extends Stanza.Builder<Builder> {
        private Type type = Type.AVAILABLE;

        private Builder() {
        }

        private Builder(Presence p) {
            super(p);
            type = p.type;
        }

        public Builder type(Type type) {
            this.type = type;
            return this;
        }

        public Builder show(Show show) {
            removePayloads("show", CLIENT_NAMESPACE);
            if (show != null) {
                payload(XmlElement.ofText("show", CLIENT_NAMESPACE, show.value()));
            }
            return this;
        }

        public Builder status(String status) {
            removePayloads("status", CLIENT_NAMESPACE);
            if (status != null) {
                payload(XmlElement.ofText("status", CLIENT_NAMESPACE, status));
            }
            return this;
        }

        public Builder priority(int priority) {
            if (priority < -128 || priority > 127) {
                throw new IllegalArgumentException("priority must be in -128..127: " + priority);
            }
            return replacePayload(XmlElement.ofText("priority", CLIENT_NAMESPACE, Integer.toString(priority)));
        }

        public Presence build() {
            return new Presence(this);
        }
    }
}
