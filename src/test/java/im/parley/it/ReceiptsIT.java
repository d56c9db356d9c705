package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.cli.ParleyCli;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XEP-0184 §5 both ways with an independent implementation: the slixmpp peer of ../shared/peers. */
class ReceiptsIT {
    private final TestServer prosody = TestServer.prosody();
    private final BlockingQueue<String> peerLines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private Process peer;

    private Jid peerJid() {
        return Jid.of("carol@" + prosody.domain() + "/peer");
    }

    private void startPeer() throws Exception {
        List<String> cmd = List.of("/usr/bin/python3", TestServer.sharedDir().resolve("peers/peer.py").toString(),
                "--jid", peerJid().toString(), "--password", "carolpass",
                "--port", Integer.toString(prosody.c2sPort()), "--cafile", prosody.caCert().toString(), "--stdin");
        peer = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    peerLines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // The peer exited.
            }
        }, "peer-stdout");
        reader.setDaemon(true);
        reader.start();
        awaitPeerLine("\"event\": \"online\"", 30);
    }

    private String awaitPeerLine(String fragment, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            for (String line : seen) {
                if (line.contains(fragment)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the peer never printed " + fragment + "; it printed " + seen);
            }
            String line = peerLines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
            }
        }
    }

    @AfterEach
    void stopPeer() throws InterruptedException {
        if (peer != null) {
            peer.destroy();
            if (!peer.waitFor(5, TimeUnit.SECONDS)) {
                peer.destroyForcibly();
            }
        }
    }

    @Test
    void theReceiptOfTheSlixmppPeerCompletesOurWait() throws Exception {
        startPeer();
        try (XmppClient alice = new XmppClient(prosody.config("alice").build())) {
            ReceiptManager receipts = new ReceiptManager(alice, false);
            alice.connect();
            alice.send(Presence.builder().build());

            Message m = Message.builder().to(peerJid()).type(Message.Type.CHAT).id("rcpt-1").body("did you get this?").build();
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
            startPeer();

            PrintWriter commands = new PrintWriter(peer.getOutputStream(), true, StandardCharsets.UTF_8);
            commands.println("{\"cmd\":\"send\",\"to\":\"" + alice.jid() + "\",\"body\":\"hi\",\"receipt\":true,\"id\":\"peer-m1\"}");

            assertThat(awaitPeerLine("\"event\": \"receipt\"", 20)).contains("peer-m1");
        }
    }

    @Test
    void cliSendWaitsForTheReceiptAndAttachesTheChatState() throws Exception {
        startPeer();
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
                    "send", "--receipt", "--chatstate", "active", peerJid().toString(), "with receipt");
        } finally {
            System.setOut(original);
            Files.deleteIfExists(password);
        }

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("\\{\"receipt\":\"[^\"]+\"\\}");
        assertThat(awaitPeerLine("with receipt", 20)).isNotEmpty();
        assertThat(awaitPeerLine("\"event\": \"chatstate\"", 20)).contains("active");
    }
}
