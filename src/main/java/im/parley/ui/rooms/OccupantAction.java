package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user may do to another occupant, by the user's own role and affiliation (XEP-0045
 * §5.1.2, §5.2.1, §8 to §10): moderators kick and give or take voice; admins and owners also ban
 * and grant membership and moderator status; owners make admins and owners. Nobody acts on a
 * higher affiliation than their own, nor takes voice or moderation from an admin or owner. The
 * room decides in the end; this only keeps the menu from offering what it would refuse.
 */
enum OccupantAction {
    KICK("Kick…", "kick", true),
    GRANT_VOICE("Grant voice", "grant voice to", false),
    REVOKE_VOICE("Revoke voice…", "revoke the voice of", true),
    GRANT_MODERATOR("Make moderator", "make a moderator of", false),
    REVOKE_MODERATOR("Revoke moderator", "revoke moderator status from", false),
    GRANT_MEMBERSHIP("Make member", "make a member of", false),
    REVOKE_MEMBERSHIP("Revoke membership", "revoke the membership of", false),
    GRANT_ADMIN("Make admin", "make an admin of", false),
    REVOKE_ADMIN("Revoke admin", "revoke admin status from", false),
    GRANT_OWNER("Make owner", "make an owner of", false),
    REVOKE_OWNER("Revoke owner", "revoke owner status from", false),
    BAN("Ban…", "ban", true);

    private final String label;
    private final String verb;
    private final boolean asksReason;

    OccupantAction(String label, String verb, boolean asksReason) {
        this.label = label;
        this.verb = verb;
        this.asksReason = asksReason;
    }

    /** The menu item's text; "…" when a reason is asked first. */
    String label() {
        return label;
    }

    /** "kick", "make an admin of": what a failure sentence says could not be done. */
    String verb() {
        return verb;
    }

    /** Whether the user is asked for a reason, which the room passes on to the occupant. */
    boolean asksReason() {
        return asksReason;
    }

    /** A role change (by nick) rather than an affiliation change (by real JID). */
    boolean changesRole() {
        return newRole() != null;
    }

    /** The role this action gives, or null for an affiliation change. */
    Role newRole() {
        switch (this) {
            case KICK:
                return Role.NONE;
            case GRANT_VOICE:
            case REVOKE_MODERATOR:
                return Role.PARTICIPANT;
            case REVOKE_VOICE:
                return Role.VISITOR;
            case GRANT_MODERATOR:
                return Role.MODERATOR;
            default:
                return null;
        }
    }

    /** The affiliation this action gives, or null for a role change. Revoking admin or owner steps down one (§10.4, §10.7). */
    Affiliation newAffiliation() {
        switch (this) {
            case GRANT_MEMBERSHIP:
            case REVOKE_ADMIN:
                return Affiliation.MEMBER;
            case REVOKE_MEMBERSHIP:
                return Affiliation.NONE;
            case GRANT_ADMIN:
            case REVOKE_OWNER:
                return Affiliation.ADMIN;
            case GRANT_OWNER:
                return Affiliation.OWNER;
            case BAN:
                return Affiliation.OUTCAST;
            default:
                return null;
        }
    }

    /**
     * The actions {@code self} may take on {@code target}, in menu order; none on oneself.
     * Affiliation changes need the target's real JID, which a semi-anonymous room shows only to
     * moderators.
     */
    static List<OccupantAction> offered(Occupant self, Occupant target) {
        List<OccupantAction> out = new ArrayList<>();
        if (self == null || target == null || self.nick().equals(target.nick())) {
            return out;
        }
        boolean moderator = self.role() == Role.MODERATOR;
        boolean admin = rank(self.affiliation()) >= rank(Affiliation.ADMIN);
        boolean owner = self.affiliation() == Affiliation.OWNER;
        boolean targetAdmin = rank(target.affiliation()) >= rank(Affiliation.ADMIN);
        boolean notAbove = rank(target.affiliation()) <= rank(self.affiliation());
        if (moderator && notAbove && (target.role() != Role.MODERATOR || admin)) {
            out.add(KICK);
        }
        if (moderator && target.role() == Role.VISITOR) {
            out.add(GRANT_VOICE);
        }
        // "At or above the moderator's level" (§8.4) read strictly would let an unaffiliated
        // moderator silence nobody; the role table (§5.1.2) lets them silence the unaffiliated.
        if (moderator && target.role() == Role.PARTICIPANT && !targetAdmin
                && (target.affiliation() == Affiliation.NONE || rank(target.affiliation()) < rank(self.affiliation()))) {
            out.add(REVOKE_VOICE);
        }
        if (admin && (target.role() == Role.PARTICIPANT || target.role() == Role.VISITOR)) {
            out.add(GRANT_MODERATOR);
        }
        if (admin && target.role() == Role.MODERATOR && !targetAdmin) {
            out.add(REVOKE_MODERATOR);
        }
        if (target.realJid() == null) {
            return out;
        }
        if (admin && target.affiliation() == Affiliation.NONE) {
            out.add(GRANT_MEMBERSHIP);
        }
        if (admin && target.affiliation() == Affiliation.MEMBER) {
            out.add(REVOKE_MEMBERSHIP);
        }
        if (owner && rank(target.affiliation()) < rank(Affiliation.ADMIN)) {
            out.add(GRANT_ADMIN);
        }
        if (owner && target.affiliation() == Affiliation.ADMIN) {
            out.add(REVOKE_ADMIN);
        }
        if (owner && target.affiliation() != Affiliation.OWNER) {
            out.add(GRANT_OWNER);
        }
        if (owner && target.affiliation() == Affiliation.OWNER) {
            out.add(REVOKE_OWNER);
        }
        if (owner || admin && !targetAdmin) {
            out.add(BAN);
        }
        return out;
    }

    private static int rank(Affiliation a) {
        switch (a) {
            case OWNER:
                return 3;
            case ADMIN:
                return 2;
            case MEMBER:
                return 1;
            case NONE:
                return 0;
            default:
                return -1;
        }
    }
}
