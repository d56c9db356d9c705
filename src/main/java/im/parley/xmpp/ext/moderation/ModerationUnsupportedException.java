package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.jid.Jid;

/** The room does not announce message moderation in any revision known here: nothing was asked of it. */
public final class ModerationUnsupportedException extends XmppException {
    private static final long serialVersionUID = 1L;

    public ModerationUnsupportedException(Jid room) {
        super(room + " offers no message moderation (XEP-0425)");
    }
}
