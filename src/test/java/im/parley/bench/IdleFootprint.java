package im.parley.bench;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Idle footprint of a logged-in account: Parley's {@link Account} (roster fetched, presence sent,
 * a subscriber for messages) against Smack 4.4.8's XMPPTCPConnection (its defaults: roster loaded
 * at login, presence sent; a chat2 incoming listener), each in a fresh JVM with the same flags.
 * Each child logs in, idles {@code settle} seconds, runs {@code System.gc()} twice, idles 1 s
 * more and reports VmRSS from /proc/self/status, heap used and committed, and its live threads.
 *
 * <p>Driver arguments: {@code ports.env [runs] [settle seconds]}, default 5 5; children alternate
 * (Parley first, then Smack first, ...). JVM flags for the children: {@code -Dbench.jvmFlags}.
 */
public final class IdleFootprint {
    private IdleFootprint() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], BenchSupport.readEnv(Path.of(args[2])), Integer.parseInt(args[3]));
            return;
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int settle = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double[][] rss = new double[2][runs];
        double[][] heap = new double[2][runs];
        double[][] threads = new double[2][runs];
        List<String> lastParleyThreads = List.of();
        String[] kinds = {"parley", "smack"};
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < 2; i++) {
                int k = (i + r) % 2;
                List<String> out = runChild(kinds[k], args[0], settle);
                String[] f = out.get(0).split(" ");
                rss[k][r] = Long.parseLong(f[1]) / 1024.0;
                heap[k][r] = Long.parseLong(f[2]) / 1048576.0;
                threads[k][r] = Integer.parseInt(f[4]);
                if (k == 0) {
                    lastParleyThreads = out.subList(1, out.size());
                }
                BenchSupport.log("%s: RSS %.1f MB, heap used %.1f MB of %.1f committed, %s threads", kinds[k],
                        rss[k][r], heap[k][r], Long.parseLong(f[3]) / 1048576.0, f[4]);
            }
        }
        for (int k = 0; k < 2; k++) {
            System.out.printf(Locale.ROOT, "%-7s RSS MB %-22s heap used MB %-20s threads %s%n", kinds[k],
                    BenchSupport.spread(rss[k]), BenchSupport.spread(heap[k]), BenchSupport.spread(threads[k]));
        }
        System.out.printf(Locale.ROOT, "RSS parley/smack %.2f (runs %d, settle %d s, flags: %s)%n",
                BenchSupport.median(rss[0]) / BenchSupport.median(rss[1]), runs, settle,
                System.getProperty("bench.jvmFlags", ""));
        System.out.println("parley threads (last run):");
        lastParleyThreads.forEach(t -> System.out.println("  " + t));
    }

    private static List<String> runChild(String kind, String envFile, int settle) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String f : System.getProperty("bench.jvmFlags", "").trim().split("\\s+")) {
            if (!f.isEmpty()) {
                cmd.add(f);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IdleFootprint.class.getName(), "child", kind,
                envFile, String.valueOf(settle)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.contains("[jfr") && !l.startsWith("Native Memory")) {
                    lines.add(l);
                }
            }
        }
        if (p.waitFor() != 0 || lines.isEmpty() || !lines.get(0).startsWith("rss ")) {
            throw new IllegalStateException(kind + " child failed: " + lines);
        }
        return lines;
    }

    /** Prints "rss KB heapUsed heapCommitted threadCount", then one line per thread. */
    private static void child(String kind, Map<String, String> env, int settle) throws Exception {
        Runnable close;
        if (kind.equals("parley")) {
            Account account = new Account(BenchSupport.parleyConfig(env, "alice", "alicepass"));
            account.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived m) {
                    System.err.println(m.message());
                }
            });
            account.connect().get(30, TimeUnit.SECONDS);
            close = account::close;
        } else {
            XMPPTCPConnection conn = new XMPPTCPConnection(BenchSupport.smackConfig(env, "bob", "bobpass").build());
            ChatManager.getInstanceFor(conn).addIncomingListener((from, message, chat) -> System.err.println(message));
            conn.connect().login();
            close = conn::disconnect;
        }
        Thread.sleep(settle * 1000L);
        System.gc();
        System.gc();
        Thread.sleep(1000);
        long rss = BenchSupport.procStatusKb("VmRSS");
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        List<Thread> all = new ArrayList<>(Thread.getAllStackTraces().keySet());
        all.sort(Comparator.comparing(Thread::getName));
        System.out.println("rss " + rss + " " + heap.getUsed() + " " + heap.getCommitted() + " " + all.size());
        for (Thread t : all) {
            StackTraceElement[] st = t.getStackTrace();
            String where = "";
            for (StackTraceElement e : st) {
                if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("jdk.")
                        && !e.getClassName().startsWith("sun.")) {
                    where = e.getClassName() + "." + e.getMethodName();
                    break;
                }
            }
            System.out.println(t.getName() + (t.isDaemon() ? " [daemon]" : "") + " " + t.getState() + " " + where);
        }
        System.out.flush();
        close.run();
        System.exit(0);
    }
}
