package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * Moderation from the command line (§8, §9, §10, and XEP-0425 for messages): the user joins the room (the service checks
 * their role there), makes the change, and leaves; exit 0 once the room confirmed it, 7 when it
 * refused.
 */
final class MucModeration {
    private MucModeration() {
    }

    /** What grant and revoke change: a role (by nick) or an affiliation (by bare JID). */
    enum Privilege {
        VOICE, MODERATOR, MEMBER, ADMIN, OWNER;

        boolean isRole() {
            return this == VOICE || this == MODERATOR;
        }

        Role grantedRole() {
            return this == VOICE ? Role.PARTICIPANT : Role.MODERATOR;
        }

        /** Revoking voice leaves a visitor; revoking moderator status leaves a participant. */
        Role revokedRole() {
            return this == VOICE ? Role.VISITOR : Role.PARTICIPANT;
        }

        Affiliation grantedAffiliation() {
            return Affiliation.valueOf(name());
        }
    }

    abstract static class Change extends MucCommand.Sub {
        @Option(names = "--nick", description = "nick to join with (default: the account's local part)")
        String nick;

        @Option(names = "--reason", description = "the reason the room tells")
        String reason;

        /** Joins {@code room}, runs {@code change}, leaves. */
        int apply(Jid room, Function<RoomAdministration, CompletableFuture<Void>> change) throws Exception {
            try (AccountSession session = parent().connect(spec.commandLine())) {
                join(session, room.withResource(MucCommand.Sub.nickOr(nick, session)));
                change.apply(session.roomAdministration()).get(parent().replyTimeout, TimeUnit.SECONDS);
                session.rooms().leave(room, null).get();
            }
            return 0;
        }

        Privilege privilege(String value) {
            try {
                return Privilege.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "PRIVILEGE: one of voice, moderator, member, admin, owner; not '" + value + "'");
            }
        }

        /** A role is changed by nick, an affiliation by JID: the target must be the one the privilege needs. */
        Jid userJid(String target) {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "TARGET");
            if (jid.local() == null) {
                throw new ParameterException(spec.commandLine(), "TARGET: membership, admin and owner go to a JID, user@server");
            }
            return jid.bare();
        }
    }

    @Command(name = "kick", description = "Remove an occupant from a room (by nick).")
    static final class Kick extends Change {
        @Parameters(index = "0", paramLabel = "ROOM")
        String roomJid;

        @Parameters(index = "1", paramLabel = "NICK")
        String target;

        @Override
        public Integer call() throws Exception {
            return apply(room(roomJid), admin -> admin.kick(room(roomJid), target, reason));
        }
    }

    @Command(name = "ban", description = "Ban a user from a room (by JID).")
    static final class Ban extends Change {
        @Parameters(index = "0", paramLabel = "ROOM")
        String roomJid;

        @Parameters(index = "1", paramLabel = "JID")
        String target;

        @Override
        public Integer call() throws Exception {
            Jid user = userJid(target);
            return apply(room(roomJid), admin -> admin.ban(room(roomJid), user, reason));
        }
    }

    @Command(name = "moderate", description = "Retract an occupant's message as a moderator (XEP-0425), "
            + "named by the room's stanza id (see `muc listen`).")
    static final class Moderate extends Change {
        @Parameters(index = "0", paramLabel = "ROOM")
        String roomJid;

        @Parameters(index = "1", paramLabel = "STANZA_ID", description = "the id the room gave the message")
        String stanzaId;

        @Override
        public Integer call() throws Exception {
            Jid room = room(roomJid);
            return apply(room, admin -> admin.moderate(room, stanzaId, reason));
        }
    }

    /** Grant and revoke: the privilege says whether a role (by nick) or an affiliation (by JID) changes. */
    abstract static class PrivilegeChange extends Change {
        @Parameters(index = "0", paramLabel = "ROOM")
        String roomJid;

        @Parameters(index = "1", paramLabel = "TARGET")
        String target;

        @Parameters(index = "2", paramLabel = "PRIVILEGE", description = "voice, moderator, member, admin or owner")
        String privilege;

        abstract Role role(Privilege p);

        abstract Affiliation affiliation(Privilege p);

        @Override
        public Integer call() throws Exception {
            Privilege p = privilege(privilege);
            Jid room = room(roomJid);
            if (p.isRole()) {
                return apply(room, admin -> admin.setRole(room, target, role(p), reason));
            }
            Jid user = userJid(target);
            return apply(room, admin -> admin.setAffiliation(room, user, affiliation(p), reason));
        }
    }

    @Command(name = "grant", description = "Grant voice or moderator (TARGET a nick), or member, admin or owner (TARGET a JID).")
    static final class Grant extends PrivilegeChange {
        @Override
        Role role(Privilege p) {
            return p.grantedRole();
        }

        @Override
        Affiliation affiliation(Privilege p) {
            return p.grantedAffiliation();
        }
    }

    @Command(name = "revoke", description = "Revoke voice or moderator (TARGET a nick), or member, admin or owner (TARGET a JID).")
    static final class Revoke extends PrivilegeChange {
        @Override
        Role role(Privilege p) {
            return p.revokedRole();
        }

        /** Any affiliation revoked leaves none. */
        @Override
        Affiliation affiliation(Privilege p) {
            return Affiliation.NONE;
        }
    }
}
