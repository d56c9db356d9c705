package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;

/**
 * A room's destruction (§10.9): asked for by an owner in muc#owner, told to the occupants in
 * muc#user. Every part may be null.
 *
 * @param alternate a room to go to instead
 */
public record Destroy(Jid alternate, String password, String reason) {
}
