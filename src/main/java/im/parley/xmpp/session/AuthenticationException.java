package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.sasl.SaslFailureCondition;

/** The server refused our credentials, or no offered mechanism could be used. */
public final class AuthenticationException extends XmppException {
    private static final long serialVersionUID = 1L;
    private final SaslFailureCondition condition;

    public AuthenticationException(SaslFailureCondition condition, String message) {
        super(message);
        this.condition = condition;
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
        this.condition = null;
    }

    /** The SASL condition the server gave, or null for a local failure (e.g. a forged server signature). */
    public SaslFailureCondition condition() {
        return condition;
    }
}
