package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.correction.Corrections;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * Sends one chat message and exits 0 only once the server has acknowledged it, or, with
 * {@code --receipt}, once the recipient's client has.
 */
@Command(name = "send", description = "Send a chat message; exit 0 once the server acknowledged it.")
final class SendCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "recipient JID")
    String to;

    @Parameters(index = "1", description = "message text")
    String body;

    @Option(names = "--receipt", description = "ask for a delivery receipt (XEP-0184), wait for it and print"
            + " {\"receipt\":\"<id>\"}; exit 6 if none comes within --timeout")
    boolean receipt;

    @Option(names = "--chatstate", paramLabel = "STATE",
            description = "attach a chat state (XEP-0085): active, composing, paused, inactive or gone")
    String chatState;

    @Option(names = "--correct", paramLabel = "ID",
            description = "send the text as a correction (XEP-0308) of the message with id ID")
    String correct;

    @Override
    public Integer call() throws Exception {
        if (correct != null && correct.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--correct: the id of the message to correct is empty");
        }
        Jid recipient = ParleyCli.parseJid(spec.commandLine(), to, "TO");
        ChatState state = chatState == null ? null : ChatState.of(chatState).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--chatstate: '" + chatState + "' is not one of "
                        + Arrays.stream(ChatState.values()).map(ChatState::value).toList()));
        try (AccountSession session = parent.connect(spec.commandLine())) {
            Message m = Message.builder().to(recipient).type(Message.Type.CHAT).body(body).build();
            if (state != null) {
                m = state.attachTo(m);
            }
            if (correct != null) {
                // A correction has an id of its own (XEP-0308 §4), so it can be corrected in turn.
                m = Corrections.correct(correct, m.toBuilder().id(session.nextId()).build());
            }
            if (receipt) {
                String id = session.receipts().sendWithReceipt(m)
                        .orTimeout(parent.replyTimeout, TimeUnit.SECONDS).join();
                out().println(Json.object(Map.of("receipt", id)));
            } else {
                session.sendAcknowledged(m).join();
            }
        }
        return 0;
    }
}
