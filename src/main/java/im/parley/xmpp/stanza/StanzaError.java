package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A stanza error (RFC 6120 §8.3): type, defined condition, optional text and an optional
 * application-specific condition element.
 */
public record StanzaError(Type type, StanzaErrorCondition condition, String text, String by,
                          XmlElement applicationCondition) {

    public enum Type {
        AUTH, CANCEL, CONTINUE, MODIFY, WAIT;

        private static final Type[] VALUES = values();

        public String value() {
            return name().toLowerCase(Locale.ROOT);
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

    public StanzaError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(condition, "condition");
    }

    public static StanzaError of(StanzaErrorCondition condition) {
        return new StanzaError(condition.defaultType(), condition, null, null, null);
    }

    public static StanzaError of(StanzaErrorCondition condition, String text) {
        return new StanzaError(condition.defaultType(), condition, text, null, null);
    }

    public XmlElement toXml(String stanzaNamespace) {
        XmlElement.Builder b = XmlElement.builder("error", stanzaNamespace)
                .attribute("type", type.value())
                .attribute("by", by)
                .child(XmlElement.empty(condition.elementName(), StanzaErrorCondition.NAMESPACE));
        if (text != null) {
            b.child(XmlElement.ofText("text", StanzaErrorCondition.NAMESPACE, text));
        }
        if (applicationCondition != null) {
            b.child(applicationCondition);
        }
        return b.build();
    }

    /**
     * Reads an {@code <error/>} element. An unknown or missing condition becomes
     * {@code undefined-condition} and an unknown type {@code cancel}: a malformed error from a
     * peer must still fail the request it answers, not vanish.
     */
    public static StanzaError fromXml(XmlElement error) {
        Type type = Type.of(error.attributeOrNull("type")).orElse(Type.CANCEL);
        StanzaErrorCondition condition = StanzaErrorCondition.UNDEFINED_CONDITION;
        String text = null;
        XmlElement app = null;
        for (XmlElement child : error.elements()) {
            if (child.namespace().equals(StanzaErrorCondition.NAMESPACE)) {
                if (child.name().equals("text")) {
                    text = child.text();
                } else {
                    condition = StanzaErrorCondition.fromElementName(child.name()).orElse(condition);
                }
            } else if (app == null) {
                app = child;
            }
        }
        return new StanzaError(type, condition, text, error.attributeOrNull("by"), app);
    }

    @Override
    public String toString() {
        return type.value() + "/" + condition.elementName() + (text == null ? "" : " (" + text + ")");
    }
}
