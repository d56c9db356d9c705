package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;

/**
 * A mediated invitation (§7.8.2) or its decline, inside muc#user: sent to the room with
 * {@code to}, passed on by the room with {@code from}.
 *
 * @param decline true for a {@code <decline/>}
 */
public record MucInvite(boolean decline, Jid to, Jid from, String reason) {
    public String element() {
        return decline ? "decline" : "invite";
    }
}
