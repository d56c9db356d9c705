package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;

/** A line of the occupant list: a role's heading, or an occupant under it. */
public sealed interface OccupantRow {
    record Heading(Role role, int count) implements OccupantRow {
        /** "Moderators", "Participants", "Visitors". */
        public String label() {
            String word = role.wire();
            return Character.toUpperCase(word.charAt(0)) + word.substring(1) + "s";
        }
    }

    record Entry(Occupant occupant) implements OccupantRow {
    }
}
