package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.cli.ParleyCli;
import im.parley.xmpp.ext.blocking.BlockingManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0191 against Prosody's mod_blocklist: blocking really stops delivery, and pushes keep us in step. */
class BlockingIT {
    private final TestServer prosody = TestServer.prosody();


    private static Message chat(Jid to, String body) {
        return Message.builder().to(to).type(Message.Type.CHAT).body(body).build();
    }

    private static boolean receives(BlockingQueue<Message> inbox, String body, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Message m = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (m != null && m.body().filter(body::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** §3.3 and §3.4: a blocked contact's message is not delivered; after unblocking it is. */
    @Test
    void blockedContactCannotReachUsUntilUnblocked() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config(prosody.jid("alice").withResource("block-it"), "alicepass").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            alice.connect();
            bob.connect();
            BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
            alice.addMessageListener(inbox::add);
            BlockingManager blocking = new BlockingManager(alice);
            blocking.unblockAll().get(20, TimeUnit.SECONDS);
            assertThat(blocking.fetch().get(20, TimeUnit.SECONDS)).isEmpty();
            Jid bobBare = bob.jid().bare();
            try {
                blocking.block(List.of(bobBare)).get(20, TimeUnit.SECONDS);
                await(() -> blocking.isBlocked(bob.jid()), "the block push arrives");
                assertThat(blocking.fetch().get(20, TimeUnit.SECONDS)).containsExactly(bobBare);

                bob.send(chat(alice.jid(), "while blocked"));
                assertThat(receives(inbox, "while blocked", 3)).as("message from a blocked JID").isFalse();

                blocking.unblock(List.of(bobBare)).get(20, TimeUnit.SECONDS);
                await(() -> !blocking.isBlocked(bob.jid()), "the unblock push arrives");
                bob.send(chat(alice.jid(), "after unblock"));
                assertThat(receives(inbox, "after unblock", 10)).isTrue();
            } finally {
                blocking.unblockAll().get(20, TimeUnit.SECONDS);
            }
        }
    }

    /** The CLI's block/unblock, seen by another session of the same account through pushes. */
    @Test
    void cliBlockAndUnblockArePushedToOtherSessions() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config(prosody.jid("alice").withResource("watch-it"), "alicepass").build())) {
            alice.connect();
            BlockingManager blocking = new BlockingManager(alice);
            blocking.fetch().get(20, TimeUnit.SECONDS);
            Jid mallory = Jid.of("mallory@" + prosody.domain());
            try {
                CliResult blocked = cli("block", mallory.toString());
                assertThat(blocked.exit()).isZero();
                assertThat(blocked.out()).isEqualTo("{\"blocked\":\"" + mallory + "\"}");
                await(() -> blocking.isBlocked(mallory.withResource("x")), "the CLI's block is pushed");

                CliResult unblocked = cli("unblock", mallory.toString());
                assertThat(unblocked.exit()).isZero();
                assertThat(unblocked.out()).isEqualTo("{\"unblocked\":\"" + mallory + "\"}");
                await(() -> !blocking.isBlocked(mallory), "the CLI's unblock is pushed");
            } finally {
                blocking.unblockAll().get(20, TimeUnit.SECONDS);
            }
        }
    }

    record CliResult(int exit, String out) {
    }

    private CliResult cli(String... command) throws Exception {
        Path password = Files.createTempFile("parley-it", ".pw");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            Files.writeString(password, "alicepass");
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> args = new java.util.ArrayList<>(List.of("--jid", "alice@" + prosody.domain(), "--host", "127.0.0.1",
                    "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString(),
                    "--password-file", password.toString(), "--timeout", "20"));
            args.addAll(List.of(command));
            int exit = ParleyCli.run(args.toArray(String[]::new));
            return new CliResult(exit, out.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(original);
            Files.deleteIfExists(password);
        }
    }
}
