package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Sends one chat message and exits 0 only once the server has acknowledged it. */
@Command(name = "send", description = "Send a chat message; exit 0 once the server acknowledged it.")
final class SendCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "recipient JID")
    String to;

    @Parameters(index = "1", description = "message text")
    String body;

    @Override
    public Integer call() throws Exception {
        Jid recipient = ParleyCli.parseJid(spec.commandLine(), to, "TO");
        try (AccountSession session = parent.connect(spec.commandLine())) {
            Message m = Message.builder().to(recipient).type(Message.Type.CHAT).body(body).build();
            session.client().sendAcknowledged(m).join();
        }
        return 0;
    }
}
