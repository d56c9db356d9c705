package im.parley.bench;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Steady-state receive CPU: Parley's {@link Account} against Smack 4.4.8's XMPPTCPConnection with a
 * chat2 incoming listener, each in its own receiver JVM (same flags), fed by the same sender.
 *
 * <p>The driver ({@code main} without "receiver") starts both receivers with its own java binary,
 * class path and {@code -Dbench.jvmFlags}, logs carol in as the sender (Parley's XmppClient, in the
 * driver's process), sends each receiver a warm-up of {@code warmup} messages, then runs
 * {@code rounds} rounds of {@code batch} messages each. In every round the messages alternate
 * between the two receivers, so both run at the same time on the same machine. Before
 * each batch the driver tells the receiver "mark N"; the receiver snapshots its CPU and answers
 * once it has counted N more messages with one JSON line: wall time, the whole process's CPU
 * (OperatingSystemMXBean: GC and JIT included) and its Java threads' CPU (ThreadMXBean).
 * Each message is one chat message with a body (about 60 characters), an origin-id and
 * {@code <active/>}, sent to the receiver's full JID.
 *
 * <p>Arguments: {@code ports.env [warmup] [batch] [rounds]}, default 20000 10000 7.
 */
public final class ReceiveBenchmark {
    private static final String PASSWORD_SUFFIX = "pass";

    private ReceiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("receiver")) {
            receiver(args[1], BenchSupport.readEnv(Path.of(args[2])), args[3]);
            return;
        }
        Path envFile = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        Map<String, String> env = BenchSupport.readEnv(envFile);

        Receiver parley = new Receiver("parley", envFile, "alice");
        Receiver smack = new Receiver("smack", envFile, "bob");
        XmppClient sender = new XmppClient(BenchSupport.parleyConfig(env, "carol", "carol" + PASSWORD_SUFFIX));
        try {
            sender.connect();
            BenchSupport.log("receivers: parley %s (pid %d), smack %s (pid %d); warm-up %d, %d rounds of %d",
                    parley.jid, parley.process.pid(), smack.jid, smack.process.pid(), warmup, rounds, batch);
            Receiver[] both = {parley, smack};
            runBoth(sender, both, warmup);
            List<double[]> p = new ArrayList<>();
            List<double[]> s = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                // Both receivers in the same round, messages alternating between them, so that both
                // see the same machine; who gets the first message alternates per round.
                Receiver[] order = r % 2 == 0 ? both : new Receiver[]{smack, parley};
                double[][] res = runBoth(sender, order, batch);
                p.add(res[r % 2 == 0 ? 0 : 1]);
                s.add(res[r % 2 == 0 ? 1 : 0]);
                BenchSupport.log("round %d: parley process %.0f ms, smack process %.0f ms", r + 1,
                        p.get(r)[1], s.get(r)[1]);
                BenchSupport.log("  parley threads: %s", parley.lastByThread);
                BenchSupport.log("  smack threads:  %s", smack.lastByThread);
            }
            report(p, s, batch, rounds, warmup);
        } finally {
            sender.disconnect();
            parley.quit();
            smack.quit();
        }
        System.exit(0);
    }

    /** Sends {@code n} messages to each receiver, alternating; returns each one's figures. */
    private static double[][] runBoth(XmppClient sender, Receiver[] receivers, int n) throws Exception {
        for (Receiver r : receivers) {
            r.mark(n);
        }
        for (int i = 0; i < n; i++) {
            for (Receiver r : receivers) {
                r.sendOne(sender);
            }
        }
        double[][] out = new double[receivers.length][];
        for (int i = 0; i < receivers.length; i++) {
            out[i] = receivers[i].result();
        }
        return out;
    }

    /** Table rows: per 10,000 messages, median (min-max) of process CPU, Java-thread CPU, wall. */
    private static void report(List<double[]> p, List<double[]> s, int batch, int rounds, int warmup) {
        double per = 10_000.0 / batch;
        String[] names = {"wall ms", "process CPU ms", "Java threads CPU ms"};
        int[] cols = {0, 1, 2};
        StringBuilder json = new StringBuilder("{");
        for (int c : cols) {
            double[] pv = p.stream().mapToDouble(v -> v[c] * per).toArray();
            double[] sv = s.stream().mapToDouble(v -> v[c] * per).toArray();
            double ratio = BenchSupport.median(pv) / BenchSupport.median(sv);
            double[] perRound = new double[pv.length];
            for (int i = 0; i < pv.length; i++) {
                perRound[i] = pv[i] / sv[i];
            }
            System.out.printf(Locale.ROOT, "%-26s parley %-24s smack %-24s ratio of medians %.2f, per-round ratios %s%n",
                    names[c] + " /10k:", BenchSupport.spread(pv), BenchSupport.spread(sv), ratio,
                    BenchSupport.spread2(perRound));
            String key = names[c].replace(" ms", "").replace(' ', '_').toLowerCase(Locale.ROOT);
            json.append(String.format(Locale.ROOT, "\"parley_%s_ms\":%.1f,\"smack_%s_ms\":%.1f,\"%s_ratio\":%.3f,",
                    key, BenchSupport.median(pv), key, BenchSupport.median(sv), key, ratio));
        }
        json.append(String.format(Locale.ROOT, "\"warmup\":%d,\"batch\":%d,\"rounds\":%d}", warmup, batch, rounds));
        System.out.println(json);
        System.out.flush();
    }

    /** One receiver JVM, driven through its stdin and stdout. */
    private static final class Receiver {
        final Process process;
        final BufferedReader out;
        final PrintStream in;
        final Jid jid;
        final String kind;
        /** CPU ms per thread name (numbers folded) in the last batch. */
        String lastByThread = "";
        private long sent;

        Receiver(String kind, Path envFile, String user) throws Exception {
            this.kind = kind;
            process = BenchSupport.childJvm(ReceiveBenchmark.class, "receiver", kind, envFile.toString(), user);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            String ready = out.readLine();
            while (ready != null && ready.contains("[jfr")) { // -XX:StartFlightRecording says so on stdout
                ready = out.readLine();
            }
            if (ready == null || !ready.startsWith("ready ")) {
                throw new IllegalStateException(kind + " receiver did not start: " + ready);
            }
            jid = Jid.of(ready.substring(6).trim());
        }

        void mark(int n) throws Exception {
            in.println("mark " + n);
            String ack = out.readLine();
            if (!"marked".equals(ack)) {
                throw new IllegalStateException("receiver said " + ack);
            }
        }

        void sendOne(XmppClient sender) throws Exception {
            long k = sent++;
            Message m = Message.builder().to(jid).type(Message.Type.CHAT)
                    .body("bench message " + k + ": the quick brown fox jumps over the lazy dog")
                    .id("b" + k).build();
            m = m.toBuilder().payload(new OriginId("o" + k + "-" + jid.local()).toXml()).build();
            sender.send(ChatState.ACTIVE.attachTo(m));
        }

        /** Waits for the receiver's count; returns wall, process CPU and Java-thread CPU in ms. */
        double[] result() throws Exception {
            String line = out.readLine();
            if (line == null || !line.startsWith("done ")) {
                throw new IllegalStateException("receiver said " + line);
            }
            String[] f = line.split(" ");
            lastByThread = f.length > 4 ? f[4] : "";
            return new double[]{Long.parseLong(f[1]) / 1e6, Long.parseLong(f[2]) / 1e6, Long.parseLong(f[3]) / 1e6};
        }

        void quit() {
            in.println("quit");
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- receiver side ----

    private static final AtomicLong RECEIVED = new AtomicLong();
    private static volatile long target = Long.MAX_VALUE;
    private static volatile long startWall;
    private static volatile long startCpu;
    private static volatile Map<Long, Long> startThreads;

    private static void received() {
        if (RECEIVED.incrementAndGet() == target) {
            long wall = System.nanoTime() - startWall;
            long cpu = BenchSupport.processCpuNanos() - startCpu;
            long threads = BenchSupport.threadCpuSince(startThreads);
            System.out.println("done " + wall + " " + cpu + " " + threads + " " + BenchSupport.cpuByThreadName(startThreads));
            System.out.flush();
        }
    }

    private static void receiver(String kind, Map<String, String> env, String user) throws Exception {
        String password = user + PASSWORD_SUFFIX;
        Runnable close;
        String jid;
        if (kind.equals("parley")) {
            Account account = new Account(BenchSupport.parleyConfig(env, user, password));
            account.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived) {
                    received();
                }
            });
            account.connect().get(30, TimeUnit.SECONDS);
            jid = account.current().client().jid().toString();
            close = account::close;
        } else {
            XMPPTCPConnection conn = new XMPPTCPConnection(BenchSupport.smackConfig(env, user, password).build());
            ChatManager.getInstanceFor(conn).addIncomingListener((from, message, chat) -> received());
            conn.connect().login();
            jid = conn.getUser().toString();
            close = conn::disconnect;
        }
        System.out.println("ready " + jid);
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null && !line.equals("quit"); ) {
            if (line.startsWith("mark ")) {
                startThreads = BenchSupport.threadCpuNanos();
                startCpu = BenchSupport.processCpuNanos();
                startWall = System.nanoTime();
                target = RECEIVED.get() + Long.parseLong(line.substring(5).trim());
                System.out.println("marked");
                System.out.flush();
            }
        }
        close.run();
        System.exit(0);
    }
}
