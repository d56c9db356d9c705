package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Blocks a JID through the server's block list. */
@Command(name = "block", description = "Block a JID (XEP-0191): the server drops its stanzas to you.")
final class BlockCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "JID to block (user, domain or full JID)")
    String target;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            session.blocking().block(List.of(jid)).join();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("blocked", jid.toString());
            out().println(Json.object(f));
        }
        return 0;
    }
}
