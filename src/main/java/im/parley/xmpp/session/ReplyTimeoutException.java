package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;

/** No response to a request arrived in time. */
public final class ReplyTimeoutException extends XmppException {
    private static final long serialVersionUID = 1L;

    public ReplyTimeoutException(String message) {
        super(message);
    }
}
