package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomEvent;
import java.util.Optional;

/**
 * The lines a room's conversation shows when a moderator acted: someone kicked or banned, given
 * or denied voice, made a moderator, member, admin or owner. Plain leaves and presence changes say
 * nothing there; the occupant list shows them.
 */
final class RoomNotices {
    private RoomNotices() {
    }

    static Optional<String> removal(RoomEvent.OccupantLeft left) {
        String what;
        switch (left.departure()) {
            case KICKED:
                what = " was kicked";
                break;
            case BANNED:
                what = " was banned";
                break;
            case AFFILIATION_CHANGED:
            case MEMBERS_ONLY:
                what = " was removed from the room";
                break;
            default:
                return Optional.empty();
        }
        return Optional.of(left.occupant().nick() + what + (left.actor() == null ? "" : " by " + left.actor())
                + (left.reason() == null || left.reason().isBlank() ? "" : ": " + left.reason()));
    }

    static Optional<String> change(RoomEvent.OccupantChanged changed) {
        Occupant before = changed.before();
        Occupant after = changed.after();
        String who = changed.self() ? "You" : after.nick();
        String verb = changed.self() ? " are " : " is ";
        if (before.affiliation() != after.affiliation()) {
            return Optional.of(who + verb + affiliation(after.affiliation()));
        }
        if (before.role() == after.role()) {
            return Optional.empty();
        }
        if (after.role() == Role.MODERATOR) {
            return Optional.of(who + verb + "now a moderator");
        }
        if (after.role() == Role.VISITOR) {
            return Optional.of(who + (changed.self() ? " no longer have" : " no longer has") + " voice");
        }
        return Optional.of(before.role() == Role.VISITOR ? who + (changed.self() ? " have" : " has") + " voice now"
                : who + verb + "no longer a moderator");
    }

    private static String affiliation(Affiliation a) {
        switch (a) {
            case OWNER:
                return "now an owner of the room";
            case ADMIN:
                return "now an admin of the room";
            case MEMBER:
                return "now a member of the room";
            default:
                return "no longer a member of the room";
        }
    }
}
