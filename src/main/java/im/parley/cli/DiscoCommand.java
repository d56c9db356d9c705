package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints an entity's disco#info as JSON. */
@Command(name = "disco", description = "Ask an entity for its identities and features (XEP-0030).")
final class DiscoCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "entity JID")
    String target;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            DiscoInfo info = session.discovery().info(jid).join();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("jid", jid.toString());
            f.put("identities", info.identities().stream()
                    .map(i -> i.category() + "/" + i.type() + (i.name() == null ? "" : " " + i.name()))
                    .collect(Collectors.joining("; ")));
            f.put("features", String.join(" ", info.features()));
            out().println(Json.object(f));
        }
        return 0;
    }
}
