package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Invites someone to a room: through the room (§7.8.2), or with --direct straight to them
 * (XEP-0249). Exits 0 once the server has the invitation.
 */
@Command(name = "invite", description = "Invite someone to a room (mediated, or --direct).")
final class MucInviteCommand extends MucCommand.Sub {
    @Parameters(index = "0", paramLabel = "ROOM")
    String roomJid;

    @Parameters(index = "1", paramLabel = "JID", description = "who to invite")
    String invitee;

    @Option(names = "--nick", description = "nick to join with (default: the account's local part)")
    String nick;

    @Option(names = "--reason", description = "a word to go with the invitation")
    String reason;

    @Option(names = "--direct", description = "send a direct invitation (XEP-0249) instead of one through the room")
    boolean direct;

    @Override
    public Integer call() throws Exception {
        Jid room = room(roomJid);
        Jid to = ParleyCli.parseJid(spec.commandLine(), invitee, "JID");
        try (AccountSession session = parent().connect(spec.commandLine())) {
            join(session, room.withResource(MucCommand.Sub.nickOr(nick, session)));
            if (direct) {
                session.rooms().inviteDirectly(room, to, reason);
            } else {
                session.rooms().invite(room, to, reason);
            }
            session.rooms().leave(room, null).get();
        }
        return 0;
    }
}
