package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.CoreResponders;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Round trips with an independent implementation: the slixmpp peer of ../shared/peers. */
class PeerInteropIT {
    private final TestServer prosody = TestServer.prosody();
    private Process peer;
    private final BlockingQueue<String> peerLines = new LinkedBlockingQueue<>();
    private final List<String> seen = new java.util.ArrayList<>();

    private void startPeer(String... extra) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/python3",
                TestServer.sharedDir().resolve("peers/peer.py").toString(),
                "--jid", "carol@" + prosody.domain() + "/peer", "--password", "carolpass",
                "--port", Integer.toString(prosody.c2sPort()), "--cafile", prosody.caCert().toString()));
        cmd.addAll(List.of(extra));
        peer = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!cmd.contains("--stdin")) {
            peer.getOutputStream().close();
        }
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
        awaitPeerLine(event("online"), 30);
    }

    private static String event(String name) {
        return "\"event\": \"" + name + "\"";
    }

    /** The first line the peer printed (or prints within the time) that contains {@code fragment}. */
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
    void echoRoundTripWithSlixmpp() throws Exception {
        startPeer("--echo");
        try (XmppClient alice = new XmppClient(prosody.config("alice").build())) {
            CompletableFuture<Message> echo = new CompletableFuture<>();
            alice.addMessageListener(m -> m.body().filter(b -> b.equals("echo: héllo <&> 🌍")).ifPresent(b -> echo.complete(m)));
            alice.connect();
            alice.send(Presence.builder().build());

            alice.send(Message.builder().to(Jid.of("carol@" + prosody.domain() + "/peer"))
                    .type(Message.Type.CHAT).body("héllo <&> 🌍").build());

            Message reply = echo.get(20, TimeUnit.SECONDS);
            assertThat(reply.from()).isEqualTo(Jid.of("carol@" + prosody.domain() + "/peer"));
            assertThat(reply.type()).isEqualTo(Message.Type.CHAT);
            assertThat(awaitPeerLine(event("message"), 10)).contains("h\\u00e9llo <&> \\ud83c\\udf0d");
        }
    }

    @Test
    void peerQueriesOurVersionAndDiscoAndPingsUs() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config(prosody.jid("alice").withResource("desk"), "alicepass").build())) {
            CoreResponders.install(alice, new SoftwareVersion("Parley", "test", null), () -> Duration.ofSeconds(5));
            alice.connect();
            alice.send(Presence.builder().build());
            String me = alice.jid().toString();

            startPeer("--stdin");
            // One command at a time: the peer reads stdin line by line as it becomes readable.
            var commands = new java.io.PrintWriter(peer.getOutputStream(), true, StandardCharsets.UTF_8);
            commands.println("{\"cmd\":\"version\",\"to\":\"" + me + "\"}");
            assertThat(awaitPeerLine(event("version"), 20)).contains("Parley");
            commands.println("{\"cmd\":\"disco\",\"to\":\"" + me + "\"}");
            assertThat(awaitPeerLine(event("disco_info"), 20)).contains(DiscoInfo.NAMESPACE);
            commands.println("{\"cmd\":\"ping\",\"to\":\"" + me + "\"}");
            assertThat(awaitPeerLine(event("pong"), 20)).isNotEmpty();
        }
    }
}
