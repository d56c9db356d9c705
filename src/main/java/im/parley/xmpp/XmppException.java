package im.parley.xmpp;

/** Base of the engine's local failures; each subclass names one way a session can fail. */
public abstract class XmppException extends Exception {
    private static final long serialVersionUID = 1L;

    protected XmppException(String message) {
        super(message);
    }

    protected XmppException(String message, Throwable cause) {
        super(message, cause);
    }
}
