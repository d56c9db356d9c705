package im.parley.xmpp.ext.register;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;

/**
 * The server refused to create the account (XEP-0077 §3.1, §8). The message is a sentence for the
 * person registering; the server's own text, when it sent one, follows it.
 */
public final class RegistrationRefusedException extends XmppException {
    private static final long serialVersionUID = 1L;
    private final transient StanzaError error;

    public RegistrationRefusedException(StanzaError error) {
        super(sentence(error));
        this.error = error;
    }

    public StanzaErrorCondition condition() {
        return error.condition();
    }

    public StanzaError error() {
        return error;
    }

    private static String sentence(StanzaError error) {
        String why = switch (error.condition()) {
            case CONFLICT -> "That username is already taken. Choose another one.";
            case NOT_ACCEPTABLE, BAD_REQUEST -> "The server did not accept what was filled in. Check the fields and try again.";
            case NOT_ALLOWED, FORBIDDEN -> "This server does not allow creating accounts from here.";
            case SERVICE_UNAVAILABLE, FEATURE_NOT_IMPLEMENTED -> "This server does not offer account creation.";
            case RESOURCE_CONSTRAINT, POLICY_VIOLATION -> "The server is refusing new accounts for now. Try again later.";
            case JID_MALFORMED -> "That username cannot be used in an address. Choose another one.";
            default -> "The server refused to create the account.";
        };
        String text = error.text();
        return text == null || text.isBlank() ? why : why + " The server says: “" + text.strip() + "”";
    }
}
