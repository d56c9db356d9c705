package im.parley.cli;

import im.parley.client.Account;
import picocli.CommandLine.Command;

/** Creates the account named by --jid with the given password (XEP-0077). */
@Command(name = "register", description = "Create the --jid account on its server (in-band registration).")
final class RegisterCommand extends ParleyCli.Sub {
    @Override
    public Integer call() throws Exception {
        Account.register(parent.config(spec.commandLine()));
        out().println("registered " + parent.jid);
        return 0;
    }
}
