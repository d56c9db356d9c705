package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Optional;

/**
 * The Jingle-specific error conditions (XEP-0166 §8), each with the stanza error condition it
 * goes with. The error types follow the XEP's examples where it has one (§6.7, §6.8, §7.2.16)
 * and RFC 6120's for unexpected-request.
 */
public enum JingleError {
    OUT_OF_ORDER(StanzaErrorCondition.UNEXPECTED_REQUEST, StanzaError.Type.WAIT),
    TIE_BREAK(StanzaErrorCondition.CONFLICT, StanzaError.Type.CANCEL),
    UNKNOWN_SESSION(StanzaErrorCondition.ITEM_NOT_FOUND, StanzaError.Type.CANCEL),
    UNSUPPORTED_INFO(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED, StanzaError.Type.MODIFY);

    public static final String NAMESPACE = "urn:xmpp:jingle:errors:1";

    private final StanzaErrorCondition condition;
    private final StanzaError.Type type;

    JingleError(StanzaErrorCondition condition, StanzaError.Type type) {
        this.condition = condition;
        this.type = type;
    }

    public String elementName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public StanzaErrorCondition condition() {
        return condition;
    }

    /** The stanza error: the defined condition plus this one as the application condition. */
    public StanzaError toStanzaError(String text) {
        return new StanzaError(type, condition, text, null, XmlElement.empty(elementName(), NAMESPACE));
    }

    /** For an {@code IqHandler} to throw. */
    public IqErrorException exception(String text) {
        return new IqErrorException(toStanzaError(text));
    }

    /** The error response to {@code request}. */
    public Iq errorResponse(Iq request, String text) {
        return request.errorResponse(toStanzaError(text));
    }

    /** The Jingle condition an error carries, if any. */
    public static Optional<JingleError> of(StanzaError error) {
        XmlElement app = error.applicationCondition();
        if (app == null || !app.namespace().equals(NAMESPACE)) {
            return Optional.empty();
        }
        for (JingleError e : values()) {
            if (e.elementName().equals(app.name())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
