package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Optional;

/** An IQ stanza (RFC 6120 §8.2.3): a request (get/set) or a response (result/error). */
public final class Iq extends Stanza {

    public enum Type {
        GET, SET, RESULT, ERROR;

        private static final Type[] VALUES = values();

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isRequest() {
            return this == GET || this == SET;
        }

        public static Optional<Type> of(String value) {
            for (Type t : VALUES) {
                if (t.value().equals(value)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    private final Type type;

    private Iq(Builder b) {
        super(b.to, b.from, b.id, b.lang, b.payloads);
        this.type = b.type;
    }

    public static Builder builder(Type type) {
        return new Builder(type);
    }

    public static Iq get(im.parley.xmpp.jid.Jid to, XmlElement query) {
        return builder(Type.GET).to(to).payload(query).build();
    }

    public static Iq set(im.parley.xmpp.jid.Jid to, XmlElement query) {
        return builder(Type.SET).to(to).payload(query).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Type type() {
        return type;
    }

    @Override
    public String kind() {
        return "iq";
    }

    @Override
    public String typeValue() {
        return type.value();
    }

    /** The request or result payload: the first child that is not an error. */
    public Optional<XmlElement> query() {
        for (XmlElement e : payloads()) {
            if (!e.is("error", CLIENT_NAMESPACE)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** An empty result for this request, addressed back to its sender. */
    public Iq result() {
        return result(null);
    }

    public Iq result(XmlElement payload) {
        Builder b = new Builder(Type.RESULT).to(from()).id(id());
        if (payload != null) {
            b.payload(payload);
        }
        return b.build();
    }

    /** An error response to this request, carrying the request's payload as RFC 6120 allows. */
    public Iq errorResponse(StanzaError error) {
        Builder b = new Builder(Type.ERROR).to(from()).id(id());
        query().ifPresent(b::payload);
        return b.payload(error.toXml(CLIENT_NAMESPACE)).build();
    }

    static Iq decode(XmlElement e) throws StanzaFormatException {
        String typeValue = e.attributeOrNull("type");
        Type type = Type.of(typeValue).orElseThrow(() -> new StanzaFormatException(
                StanzaErrorCondition.BAD_REQUEST, "unknown iq type '" + typeValue + "'"));
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new StanzaFormatException(StanzaErrorCondition.BAD_REQUEST, "iq without id");
        }
        Builder b = new Builder(type)
                .to(jidAttribute(e, "to"))
                .from(jidAttribute(e, "from"))
                .id(id)
                .lang(e.attributeOrNull(XmlElement.XML_LANG));
        b.payloads = e.elements();
        if (type.isRequest() && b.payloads.size() != 1) {
            throw new StanzaFormatException(StanzaErrorCondition.BAD_REQUEST,
                    "iq " + typeValue + " must have exactly one child, has " + b.payloads.size());
        }
        return b.build();
    }

    public static final class Builder extends Stanza.Builder<Builder> {
        private final Type type;

        private Builder(Type type) {
            this.type = type;
        }

        private Builder(Iq iq) {
            super(iq);
            this.type = iq.type;
        }

        public Iq build() {
            return new Iq(this);
        }
    }
}
