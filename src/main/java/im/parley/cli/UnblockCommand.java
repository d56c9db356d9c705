package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Removes one JID from the server's block list; never the whole list, which needs a JID-less unblock. */
@Command(name = "unblock", description = "Unblock a JID (XEP-0191).")
final class UnblockCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "JID to unblock")
    String target;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            session.blocking().unblock(List.of(jid)).join();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("unblocked", jid.toString());
            out().println(Json.object(f));
        }
        return 0;
    }
}
