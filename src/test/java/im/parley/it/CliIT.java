package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it: the packaged jar, real processes, the real Prosody. */
class CliIT {
    private final TestServer prosody = TestServer.prosody();

    record Result(int exit, String out, String err) {
    }

    private Process start(String password, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-jar", System.getProperty("parley.jar", "target/parley.jar"), "cli"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_PASSWORD", password);
        return pb.start();
    }

    private Result run(String password, String... args) throws Exception {
        Process p = start(password, args);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("cli finished").isTrue();
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String[] account(String user, String... rest) {
        List<String> a = new ArrayList<>(List.of("--jid", user + "@" + prosody.domain(), "--host", "127.0.0.1",
                "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString()));
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    @Test
    void sendAndListenBetweenTwoProcesses() throws Exception {
        // A fresh account: offline messages other tests left for bob would be delivered first.
        String user = "lst-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(run("listpass", account(user, "register")).exit()).isZero();
        String listenerJid = user + "@localhost/cli";
        Process listener = start("listpass", account(user, "--resource", "cli", "listen", "--count", "1", "--timeout", "30"));
        BufferedReader err = new BufferedReader(new InputStreamReader(listener.getErrorStream(), StandardCharsets.UTF_8));
        assertThat(err.readLine()).startsWith("listening as " + listenerJid);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(listener.getInputStream()));

        Result sent = run("alicepass", account("alice", "send", listenerJid, "line one \"quoted\""));

        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(listener.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(listener.exitValue()).isZero();
        String json = out.get().strip();
        assertThat(json).startsWith("{\"from\":\"alice@localhost/").contains("\"to\":\"" + listenerJid + "\"")
                .contains("\"type\":\"chat\"").contains("\"body\":\"line one \\\"quoted\\\"\"").contains("\"delay\":null");
    }

    /** XEP-0308: {@code send --correct ID} carries a replace for ID and an id of its own. */
    @Test
    void sendCorrectSendsACorrection() throws Exception {
        try (XmppClient bob = new XmppClient(prosody.config(prosody.jid("bob").withResource("fix"), "bobpass").build())) {
            java.util.concurrent.BlockingQueue<Message> inbox = new java.util.concurrent.LinkedBlockingQueue<>();
            bob.addMessageListener(inbox::add);
            bob.connect();
            String body = "corrected " + UUID.randomUUID();

            Result sent = run("alicepass", account("alice", "send", "--correct", "orig-1", "bob@localhost/fix", body));

            assertThat(sent.exit()).as(sent.err()).isZero();
            Message m = null;
            while (m == null || !m.body().orElse("").equals(body)) {
                m = inbox.poll(20, TimeUnit.SECONDS);
                assertThat(m).as("the correction arrived").isNotNull();
            }
            assertThat(Replace.of(m)).contains(new Replace("orig-1"));
            assertThat(m.id()).isNotNull().isNotEqualTo("orig-1");
        }
    }

    @Test
    void untrustedCertificateExitsFourAndAPinLetsItThrough() throws Exception {
        String[] noTrust = {"--jid", "alice@localhost", "--host", "127.0.0.1", "--port",
                Integer.toString(prosody.c2sPort()), "ping", "localhost"};
        Result refused = run("alicepass", noTrust);
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err()).contains("UNTRUSTED_ISSUER").contains("fingerprint");

        String fingerprint = refused.err().replaceAll("(?s).*fingerprint ([0-9a-f]{64}).*", "$1").strip();
        Result pinned = run("alicepass", "--jid", "alice@localhost", "--host", "127.0.0.1", "--port",
                Integer.toString(prosody.c2sPort()), "--pin", fingerprint, "ping", "localhost");
        assertThat(pinned.exit()).as(pinned.err()).isZero();
        assertThat(pinned.out()).contains("\"rtt_ms\"");
    }

    @Test
    void wrongPasswordExitsFive() throws Exception {
        Result r = run("wrong", account("alice", "ping", "localhost"));
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("not-authorized");
    }

    @Test
    void invalidJidExitsTwo() throws Exception {
        Result r = run("x", "--jid", "not a jid@localhost", "ping", "localhost");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--jid");
    }

    @Test
    void listenTimesOutWithSix() throws Exception {
        // A fresh account: nothing waits for it offline, so nothing can arrive within the second.
        String user = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(run("quietpass", account(user, "register")).exit()).isZero();
        Result r = run("quietpass", account(user, "listen", "--count", "1", "--timeout", "1"));
        assertThat(r.exit()).isEqualTo(6);
    }

    @Test
    void stanzaErrorExitsSeven() throws Exception {
        Result r = run("alicepass", account("alice", "version", "nobody@localhost/gone"));
        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.err()).contains("service-unavailable");
    }

    @Test
    void registerThenUseTheNewAccount() throws Exception {
        String user = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Result registered = run("s3cret", account(user, "register"));
        assertThat(registered.exit()).as(registered.err()).isZero();

        Result version = run("s3cret", account(user, "version", "localhost"));
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).contains("\"name\":\"Prosody\"");

        Result disco = run("s3cret", account(user, "disco", "localhost"));
        assertThat(disco.out()).contains("server/im").contains("urn:xmpp:ping");
    }
}
