package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Pings an entity and prints the round-trip time. */
@Command(name = "ping", description = "Ping an entity (XEP-0199) and print the round-trip time.")
final class PingCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "entity JID")
    String target;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            long start = System.nanoTime();
            session.ping(jid).join();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("jid", jid.toString());
            f.put("rtt_ms", (System.nanoTime() - start) / 1_000_000.0);
            out().println(Json.object(f));
        }
        return 0;
    }
}
