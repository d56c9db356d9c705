package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;

/** The server broke the protocol during negotiation (unexpected element, missing feature). */
public final class ProtocolException extends XmppException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
