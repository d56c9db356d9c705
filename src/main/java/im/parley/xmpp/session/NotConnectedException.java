package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;

/** The session is not connected and cannot take the stanza. */
public final class NotConnectedException extends XmppException {
    private static final long serialVersionUID = 1L;

    public NotConnectedException(String message) {
        super(message);
    }

    /** {@code cause}: why the connection ended, e.g. the server's stream error. */
    public NotConnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
