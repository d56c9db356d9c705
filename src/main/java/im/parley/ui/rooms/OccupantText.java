package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.stanza.Presence;
import java.util.ArrayList;
import java.util.List;

/** The words an occupant's row says: its second line, and everything a screen reader reads out. */
final class OccupantText {
    private OccupantText() {
    }

    /** "Owner · at lunch": the affiliation and status text, what the row shows under the nick. */
    static String detail(Occupant o) {
        String affiliation = affiliation(o.affiliation());
        String status = o.status() == null ? "" : o.status();
        return affiliation.isEmpty() ? status : status.isEmpty() ? affiliation : affiliation + " · " + status;
    }

    /** "bob, moderator, owner, away: at lunch": nick, role, affiliation, presence and status. */
    static String accessible(Occupant o) {
        List<String> parts = new ArrayList<>();
        parts.add(o.nick());
        parts.add(o.role().wire());
        String affiliation = affiliation(o.affiliation());
        if (!affiliation.isEmpty()) {
            parts.add(affiliation.toLowerCase(java.util.Locale.ROOT));
        }
        String presence = presence(o.show());
        parts.add(o.status() == null || o.status().isBlank() ? presence : presence + ": " + o.status());
        return String.join(", ", parts);
    }

    private static String affiliation(Affiliation a) {
        switch (a) {
            case OWNER:
                return "Owner";
            case ADMIN:
                return "Admin";
            case MEMBER:
                return "Member";
            default:
                return "";
        }
    }

    private static String presence(Presence.Show show) {
        if (show == null) {
            return "available";
        }
        switch (show) {
            case AWAY:
                return "away";
            case XA:
                return "away for a while";
            case DND:
                return "busy";
            case CHAT:
                return "free to chat";
            default:
                return "available";
        }
    }
}
