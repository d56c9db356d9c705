package im.parley.xmpp.transport;

import im.parley.xmpp.XmppException;

/** TLS could not be established: refused certificate, no TLS offered, or a failed handshake. */
public final class TlsException extends XmppException {
    private static final long serialVersionUID = 1L;

    public TlsException(String message, Throwable cause) {
        super(message, cause);
    }

    public TlsException(String message) {
        super(message);
    }
}
