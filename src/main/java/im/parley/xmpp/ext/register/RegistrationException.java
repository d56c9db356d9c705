package im.parley.xmpp.ext.register;

import im.parley.xmpp.XmppException;

/** Registration cannot be completed by us: the server asks for fields we cannot fill (e.g. a CAPTCHA). */
public final class RegistrationException extends XmppException {
    private static final long serialVersionUID = 1L;

    public RegistrationException(String message) {
        super(message);
    }
}
