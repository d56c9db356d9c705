package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `parley cli listen` behind a relay that resets both TCP sides in the middle of a burst: it
 * resumes the session (XEP-0198) and prints each message exactly once.
 */
class ListenThroughResetsIT {
    private static final int MESSAGES = 150;
    private final TestServer prosody = TestServer.prosody();

    @Test
    void everyMessageOfABurstIsPrintedExactlyOnceThroughTwoResets() throws Exception {
        Jid listener = TestSession.register(prosody, "resets");
        try (TcpProxy relay = new TcpProxy(prosody.c2sPort());
             TestSession alice = TestSession.fresh(prosody, "resets-sender")) {
            ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar",
                    System.getProperty("parley.jar", "target/parley.jar"), "cli",
                    "--jid", listener.toString(), "--resource", "cli", "--host", "127.0.0.1",
                    "--port", Integer.toString(relay.port()), "--trust", prosody.caCert().toString(),
                    "--profile", Files.createTempDirectory("parley-resets").toString(),
                    "listen", "--count", Integer.toString(MESSAGES), "--timeout", "90");
            pb.environment().put("PARLEY_PASSWORD", TestSession.PASSWORD);
            Process cli = pb.start();
            cli.getOutputStream().close();
            try {
                BufferedReader err = new BufferedReader(new InputStreamReader(cli.getErrorStream(), StandardCharsets.UTF_8));
                CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(cli));
                StringBuilder before = new StringBuilder();
                String first;
                do {
                    first = err.readLine();
                    before.append(first).append('\n');
                } while (first != null && !first.startsWith("listening as "));
                assertThat(first).as("the listener came online; it said: %s", before).isNotNull();
                CompletableFuture.runAsync(() -> drain(err));

                Jid to = listener.withResource("cli");
                XmppClient sender = alice.client();
                for (int i = 0; i < MESSAGES; i++) {
                    sender.send(Message.builder().type(Message.Type.CHAT).to(to).body("burst " + i).build());
                    if (i == 65) {
                        relay.resetAll();
                    }
                    if (i == 110) {
                        // The second reset must hit the listener's second connection, not its absence.
                        Eventually.await(() -> relay.connections() >= 2, "the listener reconnected after the first reset");
                        relay.resetAll();
                    }
                    if (i % 10 == 0) {
                        Thread.sleep(20);
                    }
                }
                assertThat(cli.waitFor(90, TimeUnit.SECONDS)).as("listen exits once it printed them all").isTrue();
                assertThat(cli.exitValue()).isZero();
                assertThat(relay.connections()).as("the listener came back after each reset").isGreaterThanOrEqualTo(3);
                List<String> bodies = bodies(out.get());
                assertThat(bodies).hasSize(MESSAGES).doesNotHaveDuplicates();
                for (int i = 0; i < MESSAGES; i++) {
                    assertThat(bodies).contains("burst " + i);
                }
            } finally {
                cli.destroy();
            }
        }
    }

    private static List<String> bodies(String out) {
        Matcher m = Pattern.compile("\"body\":\"(burst \\d+)\"").matcher(out);
        List<String> bodies = new ArrayList<>();
        while (m.find()) {
            bodies.add(m.group(1));
        }
        return bodies;
    }

    private static String read(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void drain(BufferedReader err) {
        try {
            while (err.readLine() != null) {
                // stderr carries log lines about the resets; only its end matters.
            }
        } catch (IOException ignored) {
            // The process ended.
        }
    }
}
