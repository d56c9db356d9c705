package im.parley.it;

import static im.parley.it.SlixmppPeer.event;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.cli.ParleyCli;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0184 §5 both ways with an independent implementation: the slixmpp peer of ../shared/peers. */
class ReceiptsIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void theReceiptOfTheSlixmppPeerCompletesOurWait() throws Exception {
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "carol", "--stdin");
             XmppClient alice = new XmppClient(prosody.config("alice").build())) {
            ReceiptManager receipts = new ReceiptManager(alice, false);
            alice.connect();
            alice.send(Presence.builder().build());

            Message m = Message.builder().to(peer.jid()).type(Message.Type.CHAT).id("rcpt-1").body("did you get this?").build();
            String id = receipts.sendWithReceipt(m).get(20, TimeUnit.SECONDS);

            assertThat(id).isEqualTo("rcpt-1");
            assertThat(receipts.isAwaiting("rcpt-1")).isFalse();
        }
    }

    @Test
    void weAnswerTheReceiptRequestOfTheSlixmppPeer() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config(prosody.jid("alice").withResource("desk"), "alicepass").build())) {
            new ReceiptManager(alice, true);
            alice.connect();
            alice.send(Presence.builder().build());
            try (SlixmppPeer peer = SlixmppPeer.start(prosody, "carol", "--stdin")) {
                peer.command("{\"cmd\":\"send\",\"to\":\"" + alice.jid() + "\",\"body\":\"hi\",\"receipt\":true,\"id\":\"peer-m1\"}");

                assertThat(peer.await(event("receipt"), 20)).contains("peer-m1");
            }
        }
    }

    @Test
    void cliSendWaitsForTheReceiptAndAttachesTheChatState() throws Exception {
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "carol", "--stdin")) {
            Path password = Files.createTempFile("parley-it", ".pw");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            int exit;
            try {
                Files.writeString(password, "alicepass");
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                exit = ParleyCli.run("--jid", "alice@" + prosody.domain(), "--host", "127.0.0.1",
                        "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString(),
                        "--password-file", password.toString(), "--timeout", "20",
                        "send", "--receipt", "--chatstate", "active", peer.jid().toString(), "with receipt");
            } finally {
                System.setOut(original);
                Files.deleteIfExists(password);
            }

            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("\\{\"receipt\":\"[^\"]+\"\\}");
            assertThat(peer.await("with receipt", 20)).isNotEmpty();
            assertThat(peer.await(event("chatstate"), 20)).contains("active");
        }
    }
}
