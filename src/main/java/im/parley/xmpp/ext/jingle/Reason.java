package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <reason/>} (XEP-0166 §7.4): a defined condition, optional human-readable text, the
 * alternative session's id for {@code alternative-session}, and an optional more detailed
 * condition in another namespace. Any action may carry one, not only session-terminate.
 */
public record Reason(Condition condition, String text, String alternativeSid, XmlElement detail) {

    /** The defined conditions of §7.4. */
    public enum Condition {
        ALTERNATIVE_SESSION, BUSY, CANCEL, CONNECTIVITY_ERROR, DECLINE, EXPIRED, FAILED_APPLICATION,
        FAILED_TRANSPORT, GENERAL_ERROR, GONE, INCOMPATIBLE_PARAMETERS, MEDIA_ERROR, SECURITY_ERROR,
        SUCCESS, TIMEOUT, UNSUPPORTED_APPLICATIONS, UNSUPPORTED_TRANSPORTS;

        private static final Condition[] VALUES = values();

        public String elementName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Condition> fromElementName(String name) {
            for (Condition c : VALUES) {
                if (c.elementName().equals(name)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    public Reason {
        Objects.requireNonNull(condition, "condition");
        if (alternativeSid != null && condition != Condition.ALTERNATIVE_SESSION) {
            throw new IllegalArgumentException("only alternative-session names a session, not " + condition.elementName());
        }
        if (detail != null && detail.namespace().equals(Jingle.NAMESPACE)) {
            throw new IllegalArgumentException("a detailed reason is qualified by another namespace than Jingle's");
        }
    }

    public static Reason of(Condition condition) {
        return new Reason(condition, null, null, null);
    }

    public static Reason of(Condition condition, String text) {
        return new Reason(condition, text, null, null);
    }

    /** §6.7: the terminating party prefers the existing session {@code sid}. */
    public static Reason alternativeSession(String sid) {
        return new Reason(Condition.ALTERNATIVE_SESSION, null, Objects.requireNonNull(sid, "sid"), null);
    }

    public XmlElement toXml() {
        XmlElement.Builder condition = XmlElement.builder(this.condition.elementName(), Jingle.NAMESPACE);
        if (alternativeSid != null) {
            condition.child(XmlElement.ofText("sid", Jingle.NAMESPACE, alternativeSid));
        }
        XmlElement.Builder b = XmlElement.builder("reason", Jingle.NAMESPACE).child(condition.build());
        if (text != null) {
            b.child(XmlElement.ofText("text", Jingle.NAMESPACE, text));
        }
        if (detail != null) {
            b.child(detail);
        }
        return b.build();
    }

    public static Reason fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("reason", Jingle.NAMESPACE)) {
            throw new PayloadFormatException("not a Jingle reason: " + e.name());
        }
        Condition condition = null;
        String alternativeSid = null;
        String text = null;
        XmlElement detail = null;
        for (XmlElement child : e.elements()) {
            if (!child.namespace().equals(Jingle.NAMESPACE)) {
                if (detail != null) {
                    throw new PayloadFormatException("a reason carries at most one detailed condition");
                }
                detail = child;
            } else if (child.name().equals("text")) {
                text = child.text();
            } else {
                if (condition != null) {
                    throw new PayloadFormatException("a reason carries one condition, this one more");
                }
                condition = Condition.fromElementName(child.name()).orElseThrow(
                        () -> new PayloadFormatException("unknown reason condition <" + child.name() + "/>"));
                if (condition == Condition.ALTERNATIVE_SESSION) {
                    alternativeSid = child.childText("sid", Jingle.NAMESPACE).map(String::strip).orElse(null);
                }
            }
        }
        if (condition == null) {
            throw new PayloadFormatException("a reason without a condition");
        }
        return new Reason(condition, text, alternativeSid, detail);
    }
}
