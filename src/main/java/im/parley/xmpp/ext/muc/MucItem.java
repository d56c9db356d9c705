package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;

/**
 * An {@code <item/>} of muc#user or muc#admin: who (nick, real JID) and what (role,
 * affiliation), with the actor and reason of a change. Every part is optional on the wire, so
 * each may be null here; an admin request names a nick or a JID.
 *
 * @param actorNick the nick of the moderator who made the change, when the room tells
 * @param actorJid the real JID of that moderator, when the room tells
 */
public record MucItem(Affiliation affiliation, Role role, Jid jid, String nick, String actorNick, Jid actorJid,
                      String reason) {
    /** A role change of the occupant {@code nick} (kick, voice, moderator: §8). */
    public static MucItem role(String nick, Role role, String reason) {
        return new MucItem(null, role, null, nick, null, null, reason);
    }

    /** An affiliation change of the user {@code jid} (ban, membership, admin, owner: §9, §10). */
    public static MucItem affiliation(Jid jid, Affiliation affiliation, String reason) {
        return new MucItem(affiliation, null, jid, null, null, null, reason);
    }
}
