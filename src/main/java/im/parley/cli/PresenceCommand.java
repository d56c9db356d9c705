package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.stanza.Presence;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Sends available presence and exits once the server acknowledged it. The presence ends with the
 * session: this is for scripts checking the path, not for staying online.
 */
@Command(name = "presence", description = "Send available presence (RFC 6121 §4.2); exit 0 once the server has it.")
final class PresenceCommand extends ParleyCli.Sub {
    @Option(names = "--show", description = "chat, away, xa or dnd (default: plain available)")
    String show;

    @Option(names = "--status", description = "status text")
    String status;

    @Option(names = "--priority", description = "priority, -128..127 (default 0)")
    int priority;

    @Override
    public Integer call() throws Exception {
        Presence.Show parsedShow = null;
        if (show != null) {
            parsedShow = Presence.Show.of(show.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "--show: one of chat, away, xa, dnd"));
        }
        if (priority < -128 || priority > 127) {
            throw new ParameterException(spec.commandLine(), "--priority: must be in -128..127");
        }
        try (AccountSession session = parent.connect(spec.commandLine())) {
            session.presence().sendAvailable(parsedShow, status, priority).join();
        }
        return 0;
    }
}
