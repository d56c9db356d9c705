package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Group rooms (XEP-0045) from the command line; each subcommand joins the room it works on. */
@Command(name = "muc", description = "Group rooms (XEP-0045): join, send, listen, create, kick, ban, grant, revoke, moderate, invite.",
        subcommands = {MucJoinCommand.class, MucSendCommand.class, MucListenCommand.class, MucCreateCommand.class,
                MucModeration.Kick.class, MucModeration.Ban.class, MucModeration.Grant.class,
                MucModeration.Revoke.class, MucModeration.Moderate.class, MucInviteCommand.class})
final class MucCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    ParleyCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: join, send, listen, create, kick, ban, grant, revoke, moderate or invite");
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

        /**
         * Joins {@code occupant}'s room as its nick, within the reply timeout. A CAPTCHA the room
         * sets (XEP-0158) is printed as a {@code captcha_challenged} JSON line and answered with
         * the next line of standard input.
         */
        Room join(AccountSession session, Jid occupant) throws Exception {
            CompletableFuture<CaptchaChallenge> challenged = new CompletableFuture<>();
            try (Registration listening = session.rooms().addListener(e -> {
                if (e instanceof RoomEvent.CaptchaChallenged c && c.room().equals(occupant.bare())) {
                    challenged.complete(c.challenge());
                }
            })) {
                CompletableFuture<Room> joining = session.rooms().join(occupant.bare(), occupant.resource(), password);
                CompletableFuture.anyOf(joining, challenged).get(parent().replyTimeout, TimeUnit.SECONDS);
                if (joining.isDone() || !challenged.isDone()) {
                    return joining.get(parent().replyTimeout, TimeUnit.SECONDS);
                }
                CaptchaChallenge challenge = challenged.get();
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("type", "captcha_challenged");
                shown.put("room", occupant.bare().toString());
                shown.putAll(CaptchaPrompt.fields(challenge));
                out().println(Json.object(shown));
                out().flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                Map<String, List<String>> answers = CaptchaPrompt.answer(challenge, in).orElseThrow(
                        () -> new ParameterException(spec.commandLine(), "the room set a CAPTCHA: answer it on standard input"));
                session.rooms().answerCaptcha(challenge, answers).get(parent().replyTimeout, TimeUnit.SECONDS);
                return joining.get(parent().replyTimeout, TimeUnit.SECONDS);
            }
        }

        /** The nick to join with when the command takes none: --nick, else the account's local part. */
        static String nickOr(String nick, AccountSession session) {
            return nick != null ? nick : session.jid().local();
        }
    }
}
