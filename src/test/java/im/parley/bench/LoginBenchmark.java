package im.parley.bench;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import im.parley.xmpp.xml.XmlElement;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * Time to a bound, roster-fetched session on a local Prosody: Parley's engine against Smack 4.4.8,
 * in one JVM, interleaved (Parley, Smack, Parley, ...) so both share the same server noise.
 *
 * <p>Not a test: a {@code main()} harness, run through exec:java with the test classpath. Each
 * login is timed from just before the client object is created to the roster result (client
 * construction, TCP connect, stream open, STARTTLS, SCRAM-SHA-1, stream restart, bind, Stream
 * Management enable with resume, roster get); disconnect is not timed. Both clients keep their
 * defaults otherwise: both cache the SCRAM salted password per process, both enable Stream
 * Management with resumption, neither sends initial presence.
 *
 * <p>Arguments: {@code [ports.env] [warmup] [measured]}; the file may also come from
 * {@code -Dbench.env}; default {@code target/it-servers/prosody/ports.env}. Prints one JSON line
 * on stdout; progress goes to stderr.
 */
public final class LoginBenchmark {

    private static final String USER = "alice";
    private static final String PASSWORD = "alicepass";

    private LoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path envFile = Path.of(args.length > 0 ? args[0]
                : System.getProperty("bench.env", "target/it-servers/prosody/ports.env"));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : Integer.getInteger("bench.warmup", 20);
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : Integer.getInteger("bench.runs", 50);

        Map<String, String> env = BenchSupport.readEnv(envFile);
        String host = "127.0.0.1";
        int port = Integer.parseInt(env.get("C2S_PORT"));
        String domain = env.getOrDefault("XMPP_DOMAIN", "localhost");
        X509Certificate ca = BenchSupport.readCert(Path.of(env.get("CA_CERT")));

        ParleyLogin parley = new ParleyLogin(domain, host, port, ca);
        SmackLogin smack = new SmackLogin(domain, host, port, ca);

        BenchSupport.log("server %s:%d (%s), warm-up %d + measured %d logins per client, interleaved", host, port, domain,
                warmup, measured);
        for (int i = 0; i < warmup; i++) {
            parley.login();
            smack.login();
        }
        BenchSupport.log("parley: mechanism %s, jid %s", parley.lastMechanism, parley.lastJid);
        BenchSupport.log("smack:  mechanism %s, jid %s, SM %s, XMLInputFactory %s", smack.lastMechanism, smack.lastJid,
                smack.lastSm, javax.xml.stream.XMLInputFactory.newInstance().getClass().getName());

        long[] p = new long[measured];
        long[] s = new long[measured];
        long[] pConnect = new long[measured];
        long[] sConnect = new long[measured];
        for (int i = 0; i < measured; i++) {
            p[i] = parley.login();
            pConnect[i] = parley.lastConnectNanos;
            s[i] = smack.login();
            sConnect[i] = smack.lastConnectNanos;
        }

        double pm = BenchSupport.percentile(p, 50);
        double sm = BenchSupport.percentile(s, 50);
        String json = String.format(Locale.ROOT,
                "{\"parley_median_ms\":%.2f,\"parley_p90_ms\":%.2f,\"smack_median_ms\":%.2f,\"smack_p90_ms\":%.2f,"
                        + "\"ratio\":%.3f,\"parley_connect_median_ms\":%.2f,\"smack_connect_median_ms\":%.2f,"
                        + "\"warmup\":%d,\"runs\":%d}",
                pm, BenchSupport.percentile(p, 90), sm, BenchSupport.percentile(s, 90), pm / sm,
                BenchSupport.percentile(pConnect, 50), BenchSupport.percentile(sConnect, 50), warmup, measured);
        System.out.println(json);
        System.out.flush();
        // Smack 4.4 keeps its reactor and executor threads alive after disconnect; exec:java would
        // wait 15 s for them and then complain, so end the JVM here.
        System.exit(0);
    }

    /** Parley: connect() covers TLS, SASL, bind and SM enable; then the roster query. */
    private static final class ParleyLogin {
        private final ClientConfig config;
        String lastMechanism;
        Jid lastJid;
        long lastConnectNanos;

        ParleyLogin(String domain, String host, int port, X509Certificate ca) {
            this.config = ClientConfig.builder(Jid.of(USER + "@" + domain))
                    .password(PASSWORD.toCharArray())
                    .server(new ServerAddress(host, port, false))
                    .tls(new TlsSettings(List.of(ca), Set.of(), null))
                    .replyTimeout(Duration.ofSeconds(10))
                    .reconnect(false)
                    .build();
        }

        long login() throws Exception {
            long start = System.nanoTime();
            XmppClient client = new XmppClient(config);
            long elapsed;
            try {
                client.connect();
                lastConnectNanos = System.nanoTime() - start;
                Iq roster = client.query(Iq.get(null, XmlElement.empty("query", "jabber:iq:roster")))
                        .get(10, TimeUnit.SECONDS);
                elapsed = System.nanoTime() - start;
                if (roster.type() != Iq.Type.RESULT) {
                    throw new IllegalStateException("roster get answered " + roster.type());
                }
                lastMechanism = client.mechanism();
                lastJid = client.jid();
            } finally {
                client.disconnect();
            }
            return elapsed;
        }
    }

    /**
     * Smack 4.4.8 over XMPPTCPConnection with the test CA as its trust manager (Smack builds one
     * SSLContext per configuration, and the configuration is built once, as a Smack application
     * would), hostname verification by Smack's default XmppHostnameVerifier, SecurityMode.required, SCRAM-SHA-1 only (what Parley uses against
     * this server), no initial presence, no automatic roster load at login (the roster is fetched
     * explicitly, as for Parley). Stream Management and its resumption stay at Smack's defaults (on).
     */
    private static final class SmackLogin {
        private final XMPPTCPConnectionConfiguration config;
        String lastMechanism;
        String lastJid;
        String lastSm;
        long lastConnectNanos;

        SmackLogin(String domain, String host, int port, X509Certificate ca) throws Exception {
            SmackConfiguration.setDefaultReplyTimeout(10_000);
            Roster.setRosterLoadedAtLoginDefault(false);
            X509TrustManager trust = BenchTrust.trusting(ca);
            this.config = XMPPTCPConnectionConfiguration.builder()
                    .setXmppDomain(domain)
                    .setHostAddress(InetAddress.getByName(host))
                    .setPort(port)
                    .setUsernameAndPassword(USER, PASSWORD)
                    .setSecurityMode(SecurityMode.required)
                    // Not setCustomSSLContext: Smack 4.4.8 re-runs SSLContext.init() on the given context with
                    // the custom trust manager or, when there is none, the JVM default trust store.
                    .setCustomX509TrustManager(trust)
                    .addEnabledSaslMechanism("SCRAM-SHA-1")
                    .setSendPresence(false)
                    .build();
        }

        long login() throws Exception {
            long start = System.nanoTime();
            XMPPTCPConnection conn = new XMPPTCPConnection(config);
            long elapsed;
            try {
                conn.connect();
                conn.login();
                lastConnectNanos = System.nanoTime() - start;
                Roster.getInstanceFor(conn).reloadAndWait();
                elapsed = System.nanoTime() - start;
                if (!Roster.getInstanceFor(conn).isLoaded()) {
                    throw new IllegalStateException("Smack's roster did not load");
                }
                lastMechanism = conn.getUsedSaslMechansism();
                lastJid = String.valueOf(conn.getUser());
                lastSm = conn.isSmEnabled() ? "enabled" + (conn.isSmResumptionPossible() ? "+resume" : "") : "off";
            } finally {
                conn.disconnect();
            }
            return elapsed;
        }
    }
}
