package im.parley.xmpp.transport;

import im.parley.xmpp.XmppException;

/** No server could be reached, or the connection broke while it was being set up. */
public final class ConnectException extends XmppException {
    private static final long serialVersionUID = 1L;

    public ConnectException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConnectException(String message) {
        super(message);
    }
}
