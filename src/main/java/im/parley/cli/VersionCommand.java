package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints an entity's software version as JSON. */
@Command(name = "version", description = "Ask an entity for its software version (XEP-0092).")
final class VersionCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "entity JID")
    String target;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            SoftwareVersion v = session.softwareVersion(jid).join();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("jid", jid.toString());
            f.put("name", v.name());
            f.put("version", v.version());
            f.put("os", v.os());
            out().println(Json.object(f));
        }
        return 0;
    }
}
