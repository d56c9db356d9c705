package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Group rooms (XEP-0045) from the command line; each subcommand joins the room it works on. */
@Command(name = "muc", description = "Group rooms (XEP-0045): join, send, listen, create, kick, ban, grant, revoke, invite.",
        subcommands = {MucJoinCommand.class, MucSendCommand.class, MucListenCommand.class, MucCreateCommand.class,
                MucModeration.Kick.class, MucModeration.Ban.class, MucModeration.Grant.class,
                MucModeration.Revoke.class, MucInviteCommand.class})
final class MucCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    ParleyCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: join, send, listen, create, kick, ban, grant, revoke or invite");
    }

    /** Common shape of the muc subcommands: the account options, then the room. */
    abstract static class Sub implements Callable<Integer> {
        @CommandLine.ParentCommand
        MucCommand muc;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--password", description = "the room's password")
        String password;

        ParleyCli parent() {
            return muc.parent;
        }

        java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** ROOM/NICK: the room's bare JID with the nick as resource. */
        Jid occupantJid(String value) {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), value, "ROOM/NICK");
            if (jid.resource() == null || jid.local() == null) {
                throw new ParameterException(spec.commandLine(), "ROOM/NICK: give the room and a nick, as room@service/nick");
            }
            return jid;
        }

        Jid room(String value) {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), value, "ROOM");
            if (jid.local() == null) {
                throw new ParameterException(spec.commandLine(), "ROOM: a room's address is room@service");
            }
            return jid.bare();
        }

        /** Joins {@code occupant}'s room as its nick, within the reply timeout. */
        Room join(AccountSession session, Jid occupant) throws Exception {
            return session.rooms().join(occupant.bare(), occupant.resource(), password)
                    .get(parent().replyTimeout, TimeUnit.SECONDS);
        }

        /** The nick to join with when the command takes none: --nick, else the account's local part. */
        static String nickOr(String nick, AccountSession session) {
            return nick != null ? nick : session.jid().local();
        }
    }
}
