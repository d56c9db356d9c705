package im.parley.bench;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/** What the server-backed benchmark harnesses share: the servers' ports file, the test CA, percentiles. */
final class BenchSupport {
    private BenchSupport() {
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, int pct) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Median of {@code values} (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** "median (min–max)" with one decimal. */
    static String spread(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", median(s), s[0], s[s.length - 1]);
    }

    /** "median (min–max)" with two decimals, for ratios. */
    static String spread2(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(s), s[0], s[s.length - 1]);
    }

    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return env;
    }

    static X509Certificate readCert(Path file) throws Exception {
        return BenchTrust.readCert(file);
    }

    /** Parley's config for {@code user} on the server of {@code env}: 127.0.0.1, STARTTLS, the test CA. */
    static ClientConfig parleyConfig(Map<String, String> env, String user, String password) throws Exception {
        X509Certificate ca = readCert(Path.of(env.get("CA_CERT")));
        return ClientConfig.builder(Jid.of(user + "@" + env.getOrDefault("XMPP_DOMAIN", "localhost")))
                .password(password.toCharArray())
                .server(new ServerAddress("127.0.0.1", Integer.parseInt(env.get("C2S_PORT")), false))
                .tls(new TlsSettings(List.of(ca), Set.of(), null))
                .replyTimeout(Duration.ofSeconds(30))
                .reconnect(false)
                .build();
    }

    /**
     * Smack 4.4.8's config for the same account: the test CA as its trust manager, SecurityMode.required,
     * SCRAM-SHA-1 (what Parley uses against this server), everything else at Smack's defaults.
     */
    static XMPPTCPConnectionConfiguration.Builder smackConfig(Map<String, String> env, String user, String password)
            throws Exception {
        X509TrustManager trust = BenchTrust.trusting(readCert(Path.of(env.get("CA_CERT"))));
        return XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(env.getOrDefault("XMPP_DOMAIN", "localhost"))
                .setHostAddress(InetAddress.getByName("127.0.0.1"))
                .setPort(Integer.parseInt(env.get("C2S_PORT")))
                .setUsernameAndPassword(user, password)
                .setSecurityMode(SecurityMode.required)
                .setCustomX509TrustManager(trust)
                .addEnabledSaslMechanism("SCRAM-SHA-1");
    }

    /** CPU time of the whole process (all threads, GC and JIT included), in nanoseconds. */
    /**
     * A child JVM running {@code main} with {@code args}, on this class path, with the flags given
     * in {@code bench.jvmFlags}; its stderr goes to ours.
     */
    static Process childJvm(Class<?> main, String... args) throws java.io.IOException {
        java.util.List<String> cmd = new java.util.ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String f : System.getProperty("bench.jvmFlags", "").trim().split("\\s+")) {
            if (!f.isEmpty()) {
                cmd.add(f);
            }
        }
        cmd.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(java.util.List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time per live Java thread (GC and JIT threads are not Java threads and are left out). */
    static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                out.put(id, t);
            }
        }
        return out;
    }

    /** CPU the Java threads used since {@code before}: threads that ended meanwhile are missed. */
    static long threadCpuSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : threadCpuNanos().entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** Java-thread CPU since {@code before} by thread name, numbers folded to N: "name:ms,..." busiest first. */
    static String cpuByThreadName(Map<Long, Long> before) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (Map.Entry<Long, Long> e : threadCpuNanos().entrySet()) {
            java.lang.management.ThreadInfo info = mx.getThreadInfo(e.getKey());
            if (info != null) {
                String name = info.getThreadName().replaceAll("\\d+", "N").replace(' ', '_');
                byName.merge(name, e.getValue() - before.getOrDefault(e.getKey(), 0L), Long::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        byName.entrySet().stream().filter(e -> e.getValue() >= 5_000_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(out.length() == 0 ? "" : ",").append(e.getKey()).append(':')
                        .append(e.getValue() / 1_000_000));
        return out.toString();
    }

    /** A /proc/self/status field in kB, e.g. VmRSS; -1 where there is no /proc. */
    static long procStatusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    /** Runs {@code work} on the JavaFX thread and waits up to 10 s for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
