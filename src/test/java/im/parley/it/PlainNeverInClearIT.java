package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 6120 §5.3.1 and §13.9.4: a server that offers PLAIN without TLS, and a man in the middle
 * that strips STARTTLS from the features, must not get our password. A second Prosody is started
 * with PROSODY_ALLOW_PLAIN=1 so that the server would accept PLAIN in clear.
 */
class PlainNeverInClearIT {
    private static Path dir;
    private static TestServer plainServer;

    @BeforeAll
    static void startPlainProsody() throws Exception {
        dir = TestServer.itDir().resolve("prosody-plain");
        Path script = TestServer.sharedDir().resolve("peers/start-prosody.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(TestServer.itDir().resolve("prosody-plain.log").toFile());
        for (String var : new String[]{"PROSODY_C2S_PORT", "PROSODY_C2S_TLS_PORT", "PROSODY_HTTP_PORT",
                "PROSODY_HTTPS_PORT", "PROSODY_PROXY65_PORT"}) {
            pb.environment().put(var, Integer.toString(freePort()));
        }
        pb.environment().put("PROSODY_ALLOW_PLAIN", "1");
        pb.environment().put("PROSODY_USERS", "alice:alicepass");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(TestServer.itDir().resolve("prosody-plain.log"))).isZero();
        plainServer = new TestServer("prosody-plain", TestServer.readEnv(dir.resolve("ports.env")));
    }

    @AfterAll
    static void stopPlainProsody() throws Exception {
        Path script = TestServer.sharedDir().resolve("peers/stop-prosody.sh");
        new ProcessBuilder("bash", script.toString(), dir.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void strippedStartTlsStopsTheLoginBeforeAnyCredentials() throws Exception {
        try (TcpProxy mitm = new TcpProxy(plainServer.c2sPort(),
                text -> text.replaceAll("<starttls[^>]*?(/>|>.*?</starttls>)", ""))) {
            var config = plainServer.config("alice")
                    .server(new ServerAddress("127.0.0.1", mitm.port(), false)).build();

            assertThatThrownBy(() -> new XmppClient(config).connect())
                    .isInstanceOf(TlsException.class)
                    .hasMessageContaining("does not offer TLS");
            assertThat(mitm.clientBytes()).contains("<stream:stream").doesNotContain("<auth").doesNotContain("alicepass");
        }
    }

    @Test
    void withTlsThePlainOfferingServerStillGetsScram() throws Exception {
        try (XmppClient client = new XmppClient(plainServer.config("alice").build())) {
            client.connect();
            assertThat(client.mechanism()).startsWith("SCRAM-");
        }
    }
}
