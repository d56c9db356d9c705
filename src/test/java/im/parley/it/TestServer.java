package im.parley.it;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * A real server the build started on loopback (src/test/scripts/servers.sh), described by the
 * ports.env file its start script wrote.
 */
public record TestServer(String name, Map<String, String> env) {

    public static TestServer prosody() {
        return load("prosody");
    }

    /** ejabberd is optional: tests that need it are skipped when it did not start. */
    public static TestServer ejabberd() {
        Path env = itDir().resolve("ejabberd").resolve("ports.env");
        Assumptions.assumeTrue(Files.exists(env) && Files.exists(itDir().resolve("ejabberd").resolve("ejabberd.pid")),
                "ejabberd is not running");
        return load("ejabberd");
    }

    static Path itDir() {
        String dir = System.getProperty("parley.it.dir");
        if (dir == null) {
            throw new IllegalStateException("run integration tests through 'mvn verify' (parley.it.dir is not set)");
        }
        return Path.of(dir);
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("parley.shared", "../shared"));
    }

    private static TestServer load(String name) {
        return new TestServer(name, readEnv(itDir().resolve(name).resolve("ports.env")));
    }

    /**
     * Stops Prosody and starts it again on the same ports, data and certificates, as an operator
     * restarting it would: every session is lost and none can be resumed.
     */
    public void restartProsody() throws IOException, InterruptedException {
        stopProsody();
        startProsody();
    }

    /** Stops the test Prosody; {@link #startProsody()} brings it back as it was. */
    public void stopProsody() throws IOException, InterruptedException {
        run(new ProcessBuilder("bash", peers().resolve("stop-prosody.sh").toString(), prosodyDir().toString()));
    }

    /** Starts the test Prosody again on its ports, with its data and certificates. */
    public void startProsody() throws IOException, InterruptedException {
        ProcessBuilder start = new ProcessBuilder("bash", peers().resolve("start-prosody.sh").toString(),
                prosodyDir().toString());
        start.environment().put("PROSODY_C2S_PORT", env.get("C2S_PORT"));
        start.environment().put("PROSODY_C2S_TLS_PORT", env.get("C2S_DIRECT_TLS_PORT"));
        start.environment().put("PROSODY_HTTP_PORT", env.get("HTTP_PORT"));
        start.environment().put("PROSODY_HTTPS_PORT", env.get("HTTPS_PORT"));
        start.environment().put("PROSODY_PROXY65_PORT", env.get("PROXY65_PORT"));
        start.environment().put("PROSODY_LOG_LEVEL", "debug");
        run(start);
        if (!readEnv(prosodyDir().resolve("ports.env")).get("C2S_PORT").equals(env.get("C2S_PORT"))) {
            throw new IllegalStateException("Prosody came back on another port");
        }
    }

    /**
     * A new account, made by ejabberd's admin tool: ejabberd refuses a second in-band
     * registration from one address within minutes.
     */
    public Jid registerByAdmin(String prefix) throws IOException, InterruptedException {
        if (!name.equals("ejabberd")) {
            throw new IllegalStateException("only the test ejabberd has an admin tool here");
        }
        Jid jid = jid(prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        run(new ProcessBuilder("bash", itDir().resolve("ejabberd").resolve("ctl.sh").toString(), "register",
                jid.local(), jid.domain(), TestSession.PASSWORD));
        return jid;
    }

    private Path prosodyDir() {
        if (!name.equals("prosody")) {
            throw new IllegalStateException("only the test Prosody can be stopped and started");
        }
        return itDir().resolve("prosody");
    }

    private static Path peers() {
        return sharedDir().resolve("peers");
    }

    private static void run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(pb.command() + " failed: " + out);
        }
    }

    /** Reads a ports.env file of KEY=VALUE lines. */
    public static Map<String, String> readEnv(Path file) {
        try {
            Map<String, String> env = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String domain() {
        return env.get("XMPP_DOMAIN");
    }

    public int c2sPort() {
        return Integer.parseInt(env.get("C2S_PORT"));
    }

    public int directTlsPort() {
        return Integer.parseInt(env.get("C2S_DIRECT_TLS_PORT"));
    }

    public Path caCert() {
        return Path.of(env.get("CA_CERT"));
    }

    public X509Certificate ca() {
        try (InputStream in = Files.newInputStream(caCert())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read the test CA " + caCert(), e);
        }
    }

    public Jid jid(String user) {
        return Jid.of(user + "@" + domain());
    }

    /** The address of a room no test has used yet on this server's MUC service: {@code prefix-xxxxxxxx@service}. */
    public Jid newRoom(String prefix) {
        return Jid.of(prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@" + env().get("MUC_DOMAIN"));
    }

    /** A config for {@code user} with the conventional test password {@code user + "pass"}. */
    public ClientConfig.Builder config(String user) {
        return config(user, user + "pass");
    }

    public ClientConfig.Builder config(String user, String password) {
        return config(jid(user), password);
    }

    public ClientConfig.Builder config(Jid jid, String password) {
        return ClientConfig.builder(jid)
                .password(password.toCharArray())
                .server(new ServerAddress("127.0.0.1", c2sPort(), false))
                .tls(new TlsSettings(List.of(ca()), Set.of(), null))
                .replyTimeout(Duration.ofSeconds(20))
                .reconnect(false);
    }
}
