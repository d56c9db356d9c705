package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.Objects;

/**
 * One occupant of a room as its last presence told.
 *
 * @param jid the occupant JID, room@service/nick
 * @param realJid the user's full JID when the room shows it to us (non-anonymous, or we moderate); else null
 * @param occupantId the room's stable id for the user (XEP-0421), when the room gives one; else null
 * @param show null for plain available
 */
public record Occupant(Jid jid, Role role, Affiliation affiliation, Jid realJid, String occupantId,
                       Presence.Show show, String status) {
    public Occupant {
        Objects.requireNonNull(jid, "jid");
        if (jid.resource() == null) {
            throw new IllegalArgumentException("an occupant JID has a nick: " + jid);
        }
        role = role == null ? Role.NONE : role;
        affiliation = affiliation == null ? Affiliation.NONE : affiliation;
    }

    public String nick() {
        return jid.resource();
    }

    Occupant withNick(String nick) {
        return new Occupant(jid.bare().withResource(nick), role, affiliation, realJid, occupantId, show, status);
    }
}
