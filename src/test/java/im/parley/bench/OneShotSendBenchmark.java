package im.parley.bench;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Cold one-shot send, whole process: {@code java -jar target/parley.jar cli ... send TO BODY} against
 * the smallest Smack 4.4.8 program doing the same ({@link #smack}: log in, send one chat message,
 * disconnect), both started as fresh JVMs with the same flags, alternating, each under
 * {@code /usr/bin/time -f "%e %U %S"} (wall, user and system CPU seconds of the whole process).
 *
 * <p>Both log in as alice over STARTTLS with the test CA and SCRAM-SHA-1 and send to bob; neither
 * fetches the roster nor sends presence (Parley's {@code send} does neither; Smack is told so).
 * Parley exits once the server acknowledged the message (Stream Management); Smack's
 * {@code disconnect()} ends the stream and waits for the server's closing tag.
 *
 * <p>Driver arguments: {@code ports.env runs smackClassPath [label=extra-parley-flags ...]}; the
 * common JVM flags come from {@code -Dbench.jvmFlags}. Each extra variant ("cds=-XX:SharedArchiveFile=...")
 * is a further Parley command in the same alternation.
 */
public final class OneShotSendBenchmark {
    private OneShotSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("smack")) {
            smack(args);
            return;
        }
        Map<String, String> env = BenchSupport.readEnv(Path.of(args[0]));
        int runs = Integer.parseInt(args[1]);
        String smackCp = args[2];
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> flags = new ArrayList<>();
        for (String f : System.getProperty("bench.jvmFlags", "").trim().split("\\s+")) {
            if (!f.isEmpty()) {
                flags.add(f);
            }
        }
        String port = env.get("C2S_PORT");
        String ca = env.get("CA_CERT");
        List<String> labels = new ArrayList<>(List.of("parley", "smack"));
        List<List<String>> commands = new ArrayList<>();
        commands.add(parley(java, flags, List.of(), port, ca));
        commands.add(concat(List.of(java), flags, List.of("-cp", smackCp, OneShotSendBenchmark.class.getName(),
                "smack", "127.0.0.1", port, ca, "alice", "alicepass", "bob@localhost", "one-shot hello")));
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            labels.add(args[i].substring(0, eq));
            commands.add(parley(java, flags, List.of(args[i].substring(eq + 1).split("\\s+")), port, ca));
        }
        String image = System.getProperty("bench.appImage", "");
        if (!image.isEmpty()) {
            // An installed Parley's command line: the image's launcher, its class-data archive and C1.
            labels.add("image");
            commands.add(concat(List.of(Path.of(image, "bin", "Parley").toString()), cliSend(port, ca)));
        }
        // one untimed run each: page cache, Prosody's first SCRAM for the account
        for (List<String> c : commands) {
            time(c);
        }
        double[][][] results = new double[commands.size()][3][runs];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < commands.size(); c++) {
                int k = (c + r) % commands.size();
                double[] t = time(commands.get(k));
                for (int m = 0; m < 3; m++) {
                    results[k][m][r] = t[m];
                }
            }
        }
        double smackWall = BenchSupport.median(results[1][0]);
        double smackCpu = BenchSupport.median(results[1][1]);
        for (int c = 0; c < commands.size(); c++) {
            double wall = BenchSupport.median(results[c][0]);
            double cpu = BenchSupport.median(results[c][1]);
            System.out.printf(Locale.ROOT, "%-8s wall ms %-24s CPU ms %-24s (user+sys)  wall/smack %.2f  CPU/smack %.2f%n",
                    labels.get(c), BenchSupport.spread(results[c][0]), BenchSupport.spread(results[c][1]),
                    wall / smackWall, cpu / smackCpu);
        }
        System.out.println("runs " + runs + " each, interleaved; flags: " + String.join(" ", flags));
    }

    private static List<String> parley(String java, List<String> flags, List<String> extra, String port, String ca) {
        return concat(List.of(java), flags, extra, List.of("-jar", "target/parley.jar"), cliSend(port, ca));
    }

    /** The command line's arguments of the timed send: alice sends bob one message. */
    static List<String> cliSend(String port, String ca) {
        return List.of("cli", "--jid", "alice@localhost", "--host", "127.0.0.1", "--port", port, "--trust", ca, "send",
                "bob@localhost", "one-shot hello");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    /** Runs {@code command} under /usr/bin/time; returns wall ms, CPU ms (user + sys), exit status. */
    private static double[] time(List<String> command) throws Exception {
        Path log = Files.createTempFile("oneshot", ".time");
        List<String> cmd = concat(List.of("/usr/bin/time", "-o", log.toString(), "-f", "%e %U %S"), command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PARLEY_PASSWORD", "alicepass");
        int status = pb.start().waitFor();
        String[] f = Files.readString(log, StandardCharsets.UTF_8).trim().split("\\s+");
        Files.delete(log);
        if (status != 0) {
            throw new IllegalStateException("exit " + status + ": " + String.join(" ", command));
        }
        int n = f.length;
        return new double[]{Double.parseDouble(f[n - 3]) * 1000,
                (Double.parseDouble(f[n - 2]) + Double.parseDouble(f[n - 1])) * 1000, status};
    }

    /** The Smack one-shot: {@code smack HOST PORT CA_PEM USER PASSWORD TO BODY}. */
    static void smack(String[] a) throws Exception {
        X509TrustManager trust = BenchTrust.trusting(BenchTrust.readCert(Path.of(a[3])));
        Roster.setRosterLoadedAtLoginDefault(false);
        XMPPTCPConnection conn = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(a[6].substring(a[6].indexOf('@') + 1))
                .setHostAddress(InetAddress.getByName(a[1]))
                .setPort(Integer.parseInt(a[2]))
                .setUsernameAndPassword(a[4], a[5])
                .setSecurityMode(SecurityMode.required)
                .setCustomX509TrustManager(trust)
                .addEnabledSaslMechanism("SCRAM-SHA-1")
                .setSendPresence(false)
                .build());
        conn.connect().login();
        conn.sendStanza(conn.getStanzaFactory().buildMessageStanza().to(JidCreate.entityBareFrom(a[6]))
                .ofType(Message.Type.chat).setBody(a[7]).build());
        conn.disconnect();
        // Smack 4.4 keeps non-daemon reactor threads after disconnect.
        System.exit(0);
    }
}
