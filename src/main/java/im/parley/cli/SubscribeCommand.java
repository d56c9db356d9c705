package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Asks a contact for a presence subscription; exits 0 once the server has the request. */
@Command(name = "subscribe", description = "Ask to see a contact's presence (RFC 6121 §3.1); exit 0 once sent.")
final class SubscribeCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "contact JID")
    String target;

    @Option(names = "--nick", description = "the nickname to offer the contact (XEP-0172)")
    String nick;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            session.presence().subscribe(jid, nick).join();
        }
        return 0;
    }
}
