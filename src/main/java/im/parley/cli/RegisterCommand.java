package im.parley.cli;

import im.parley.xmpp.ext.register.InBandRegistration;
import java.util.Map;
import picocli.CommandLine.Command;

/** Creates the account named by --jid with the given password (XEP-0077). */
@Command(name = "register", description = "Create the --jid account on its server (in-band registration).")
final class RegisterCommand extends ParleyCli.Sub {
    @Override
    public Integer call() throws Exception {
        InBandRegistration.register(parent.config(spec.commandLine()), Map.of());
        out().println("registered " + parent.jid);
        return 0;
    }
}
