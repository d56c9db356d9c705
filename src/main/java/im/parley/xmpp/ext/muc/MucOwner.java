package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.forms.DataForm;

/**
 * A muc#owner query (§10): empty to ask for the configuration form, the form itself or its
 * submission, or a destruction request. At most one of form and destroy.
 */
public record MucOwner(DataForm form, Destroy destroy) {
    public MucOwner {
        if (form != null && destroy != null) {
            throw new IllegalArgumentException("a muc#owner query holds a form or a destroy, not both");
        }
    }
}
