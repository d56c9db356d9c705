package im.parley.bench;

import im.parley.client.AccountEvent;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.mam.MamManager;

/**
 * MAM catch-up (XEP-0313) of a large server archive: Parley's {@code ArchiveSync} (pages of 250,
 * each parsed, deduplicated and stored in the profile's H2 archive before the next is asked for)
 * against Smack 4.4.8's {@code MamManager} (pages of 250, the messages collected in memory), each
 * in its own receiver JVM with the same flags, one catch-up after the other.
 *
 * <p>Every round uses two fresh accounts (the script registers {@code mamp1..K} and
 * {@code mams1..K}): Prosody's file archive reads a user's whole archive on the first store after
 * a start, and a fresh account keeps every round's server work alike. A round:
 * <ol>
 *   <li>Parley's receiver opens a fresh profile and connects once: the first sync finds the
 *       archive empty and keeps a cursor at its start; the account is closed again.
 *   <li>The driver logs each account in as "holder" and carol sends {@code messages} chat
 *       messages to each holder (body, origin-id, {@code <active/>}, as in ReceiveBenchmark),
 *       alternating; once the holders have them all (so mod_mam has stored them) they log out.
 *       Sent to an online resource, they are archived without going to offline storage (which
 *       would flood the session on its initial presence).
 *   <li>Both receivers catch up, one after the other, who goes first alternating per round.
 *       Parley: {@code Profile.accountWithSync(config)} on the same profile and connect; a
 *       bring-up hook added after the ArchiveSync's (hooks run in order, and the sync's returns
 *       as soon as its first query is sent) marks the start, the sync's {@code running()} future
 *       the end (last page stored, cursor saved). Smack: log in, {@code isSupported()} (its disco,
 *       outside the figure), then mark and {@code queryArchive} with pages of 250 and
 *       {@code pageNext(250)} until complete. Login is outside both figures.
 *   <li>While each one catches up, dave sends it a live chat message every 250 ms carrying the
 *       driver's {@code System.nanoTime()} (CLOCK_MONOTONIC, one clock for every process here);
 *       the receiver notes each one's latency to its event (Parley: the account's
 *       {@code MessageReceived}; Smack: its chat2 listener). They land in the archive too, so both
 *       fetch a few more than {@code messages}.
 * </ol>
 * Each receiver answers with wall time, process CPU (OperatingSystemMXBean: GC and JIT included),
 * Java-thread CPU and CPU by thread name between its marks, the messages fetched and pages.
 * The first {@code warmupRounds} rounds (cold JVMs) are reported but not counted.
 *
 * <p>Arguments: {@code ports.env [messages] [rounds] [warm-up rounds]}, default 10000 5 1.
 */
public final class MamCatchUpBenchmark {
    private static final String PASSWORD_SUFFIX = "pass";
    private static final long LIVE_EVERY_MS = 250;

    private MamCatchUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("receiver")) {
            receiver(args[1], BenchSupport.readEnv(Path.of(args[2])), Path.of(args[3]));
            return;
        }
        Path envFile = Path.of(args[0]);
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Map<String, String> env = BenchSupport.readEnv(envFile);
        Path profiles = Path.of("target", "bench-results", "mam-profiles").toAbsolutePath();
        deleteTree(profiles);
        Files.createDirectories(profiles);

        Receiver parley = new Receiver("parley", envFile, profiles);
        Receiver smack = new Receiver("smack", envFile, profiles);
        XmppClient carol = new XmppClient(BenchSupport.parleyConfig(env, "carol", "carol" + PASSWORD_SUFFIX));
        XmppClient dave = new XmppClient(BenchSupport.parleyConfig(env, "dave", "dave" + PASSWORD_SUFFIX));
        try {
            carol.connect();
            dave.connect();
            BenchSupport.log("receivers: parley pid %d, smack pid %d; %d messages, %d warm-up + %d rounds",
                    parley.process.pid(), smack.process.pid(), messages, warmups, rounds);
            List<Result> p = new ArrayList<>();
            List<Result> s = new ArrayList<>();
            int failed = 0;
            for (int r = 0; r < warmups + rounds; r++) {
                String pu = "mamp" + (r + 1);
                String su = "mams" + (r + 1);
                parley.command("prepare " + pu, "prepared");
                smack.command("prepare " + su, "prepared");
                long t0 = System.nanoTime();
                fill(env, carol, List.of(pu, su), messages);
                BenchSupport.log("round %d: %d messages archived for %s and %s in %.1f s; load %s", r + 1, messages,
                        pu, su, (System.nanoTime() - t0) / 1e9, loadAverage());
                Result pr = null;
                Result sr = null;
                for (Receiver who : r % 2 == 0 ? List.of(parley, smack) : List.of(smack, parley)) {
                    Result res = who.catchUp(who == parley ? pu : su, dave);
                    if (who == parley) {
                        pr = res;
                    } else {
                        sr = res;
                    }
                }
                if (pr == null || sr == null) {
                    // Smack 4.4.8 once failed to parse a result page ("Unexpected end tag: expected
                    // </forwarded>") and dropped its connection: such a round counts for neither.
                    failed++;
                    BenchSupport.log("round %d not counted: a catch-up failed", r + 1);
                    continue;
                }
                boolean counted = r >= warmups;
                BenchSupport.log("round %d%s: parley %s", r + 1, counted ? "" : " (warm-up, cold JVMs)", pr);
                BenchSupport.log("round %d%s: smack  %s", r + 1, counted ? "" : " (warm-up, cold JVMs)", sr);
                BenchSupport.log("  parley threads: %s", pr.byThread);
                BenchSupport.log("  smack threads:  %s", sr.byThread);
                if (counted) {
                    p.add(pr);
                    s.add(sr);
                }
            }
            if (failed > 0) {
                BenchSupport.log("%d round(s) not counted: a catch-up failed", failed);
            }
            report(p, s, messages, p.size(), warmups);
        } finally {
            carol.disconnect();
            dave.disconnect();
            parley.quit();
            smack.quit();
            deleteTree(profiles);
        }
        System.exit(0);
    }

    /**
     * Puts {@code n} messages into each account's server archive: each is logged in as "holder",
     * carol sends to the holders alternately, and they log out once they have received them all.
     */
    private static void fill(Map<String, String> env, XmppClient carol, List<String> users, int n) throws Exception {
        List<XmppClient> holders = new ArrayList<>();
        List<CountDownLatch> got = new ArrayList<>();
        try {
            for (String u : users) {
                XmppClient h = new XmppClient(BenchSupport.parleyConfig(env, u, u + PASSWORD_SUFFIX));
                CountDownLatch latch = new CountDownLatch(n);
                h.addMessageListener(m -> {
                    if (m.body().isPresent()) {
                        latch.countDown();
                    }
                });
                h.connect();
                h.send(Presence.builder().build());
                holders.add(h);
                got.add(latch);
            }
            for (int i = 0; i < n; i++) {
                for (XmppClient h : holders) {
                    Jid to = h.jid();
                    Message m = Message.builder().to(to).type(Message.Type.CHAT)
                            .body("bench message " + i + ": the quick brown fox jumps over the lazy dog")
                            .id("b" + i).build();
                    m = m.toBuilder().payload(new OriginId("o" + i + "-" + to.local()).toXml()).build();
                    carol.send(ChatState.ACTIVE.attachTo(m));
                }
            }
            for (CountDownLatch latch : got) {
                if (!latch.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("holder received only " + (n - latch.getCount()) + " of " + n);
                }
            }
        } finally {
            for (XmppClient h : holders) {
                h.disconnect();
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Medians (min-max) over the counted rounds, per catch-up and per message, and the live latency. */
    private static void report(List<Result> p, List<Result> s, int messages, int rounds, int warmups) {
        String[] names = {"wall ms", "process CPU ms", "Java threads CPU ms"};
        StringBuilder json = new StringBuilder("{");
        for (int c = 0; c < 3; c++) {
            final int col = c;
            double[] pv = p.stream().mapToDouble(r -> r.figure(col)).toArray();
            double[] sv = s.stream().mapToDouble(r -> r.figure(col)).toArray();
            double[] pPer = p.stream().mapToDouble(r -> r.figure(col) * 1000 / r.fetched).toArray();
            double[] sPer = s.stream().mapToDouble(r -> r.figure(col) * 1000 / r.fetched).toArray();
            double[] perRound = new double[pv.length];
            for (int i = 0; i < pv.length; i++) {
                perRound[i] = pPer[i] / sPer[i];
            }
            double ratio = BenchSupport.median(pPer) / BenchSupport.median(sPer);
            System.out.printf(Locale.ROOT, "%-20s parley %-24s smack %-24s | per message µs: parley %-20s smack %-20s"
                            + " ratio of medians %.2f, per-round ratios %s%n", names[c] + ":",
                    BenchSupport.spread(pv), BenchSupport.spread(sv), BenchSupport.spread(pPer),
                    BenchSupport.spread(sPer), ratio, BenchSupport.spread2(perRound));
            String key = names[c].replace(" ms", "").replace(' ', '_').toLowerCase(Locale.ROOT);
            json.append(String.format(Locale.ROOT, "\"parley_%s_ms\":%.1f,\"smack_%s_ms\":%.1f,\"%s_per_msg_ratio\":%.3f,",
                    key, BenchSupport.median(pv), key, BenchSupport.median(sv), key, ratio));
        }
        for (String who : List.of("parley", "smack")) {
            List<Result> rs = who.equals("parley") ? p : s;
            double[] med = rs.stream().mapToDouble(r -> r.liveMedianMs).toArray();
            double[] max = rs.stream().mapToDouble(r -> r.liveMaxMs).toArray();
            int live = rs.stream().mapToInt(r -> r.live).sum();
            int sent = rs.stream().mapToInt(r -> r.liveSent).sum();
            System.out.printf(Locale.ROOT, "%-6s live messages during the catch-up: %d of %d delivered before its end;"
                            + " latency per round median %s ms, max %s ms; fetched %s messages in %s pages%n", who,
                    live, sent, BenchSupport.spread(med), BenchSupport.spread(max),
                    rs.stream().map(r -> Integer.toString(r.fetched)).toList(),
                    rs.stream().map(r -> Integer.toString(r.pages)).toList());
        }
        json.append(String.format(Locale.ROOT, "\"messages\":%d,\"rounds\":%d,\"warmups\":%d}", messages, rounds, warmups));
        System.out.println(json);
        System.out.flush();
    }

    /** One catch-up's figures, as a receiver reported them. */
    private static final class Result {
        double wallMs;
        double cpuMs;
        double threadsMs;
        int fetched;
        int pages;
        int live;
        int liveSent;
        double liveMedianMs;
        double liveMaxMs;
        String byThread = "";

        double figure(int col) {
            return col == 0 ? wallMs : col == 1 ? cpuMs : threadsMs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "wall %.0f ms, process CPU %.0f ms (%.1f µs/msg), threads %.0f ms;"
                            + " %d messages in %d pages; live %d/%d, latency median %.1f ms, max %.1f ms",
                    wallMs, cpuMs, cpuMs * 1000 / fetched, threadsMs, fetched, pages, live, liveSent, liveMedianMs,
                    liveMaxMs);
        }
    }

    /** One receiver JVM, driven through its stdin and stdout. */
    private static final class Receiver {
        final Process process;
        final BufferedReader out;
        final PrintStream in;
        final String kind;

        Receiver(String kind, Path envFile, Path profiles) throws Exception {
            this.kind = kind;
            process = BenchSupport.childJvm(MamCatchUpBenchmark.class, "receiver", kind, envFile.toString(), profiles.toString());
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            expect("ready");
        }

        private String line() throws IOException {
            String line = out.readLine();
            while (line != null && line.contains("[jfr")) { // -XX:StartFlightRecording says so on stdout
                line = out.readLine();
            }
            if (line == null) {
                throw new IllegalStateException(kind + " receiver ended");
            }
            return line;
        }

        private String expect(String prefix) throws IOException {
            String line = line();
            if (!line.startsWith(prefix)) {
                throw new IllegalStateException(kind + " receiver said " + line + " (expected " + prefix + ")");
            }
            return line;
        }

        void command(String command, String answer) throws IOException {
            in.println(command);
            expect(answer);
        }

        /** Tells the receiver to catch {@code user} up; dave sends it live messages until it is done. */
        Result catchUp(String user, XmppClient dave) throws Exception {
            in.println("catchup " + user);
            Jid jid = Jid.of(expect("started ").substring(8).trim());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sent = new AtomicInteger();
            Thread live = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        dave.send(Message.builder().to(jid).type(Message.Type.CHAT)
                                .body("live " + System.nanoTime()).id("live" + sent.get()).build());
                        sent.incrementAndGet();
                        Thread.sleep(LIVE_EVERY_MS);
                    }
                } catch (Exception e) {
                    if (!stop.get()) {
                        BenchSupport.log("live sender stopped: %s", e);
                    }
                }
            }, "bench-live");
            live.start();
            String done;
            try {
                done = line();
            } finally {
                stop.set(true);
                live.interrupt();
                live.join();
            }
            if (done.startsWith("failed ")) {
                BenchSupport.log("%s catch-up of %s failed: %s", kind, user, done.substring(7));
                expect("closed");
                return null;
            }
            if (!done.startsWith("done ")) {
                throw new IllegalStateException(kind + " receiver said " + done);
            }
            // done wallNanos cpuNanos threadsNanos fetched pages live liveMedianNanos liveMaxNanos byThread
            String[] f = done.split(" ");
            Result r = new Result();
            r.wallMs = Long.parseLong(f[1]) / 1e6;
            r.cpuMs = Long.parseLong(f[2]) / 1e6;
            r.threadsMs = Long.parseLong(f[3]) / 1e6;
            r.fetched = Integer.parseInt(f[4]);
            r.pages = Integer.parseInt(f[5]);
            r.live = Integer.parseInt(f[6]);
            r.liveMedianMs = Long.parseLong(f[7]) / 1e6;
            r.liveMaxMs = Long.parseLong(f[8]) / 1e6;
            r.byThread = f.length > 9 ? f[9] : "";
            r.liveSent = sent.get();
            expect("closed");
            return r;
        }

        void quit() {
            in.println("quit");
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- receiver side ----

    /** Between a receiver's marks: the start snapshot and the live messages' latencies. */
    private static final class Window {
        final long startWall = System.nanoTime();
        final long startCpu = BenchSupport.processCpuNanos();
        final Map<Long, Long> startThreads;
        final List<Long> latencies = new ArrayList<>();
        volatile boolean open = true;

        Window(Map<Long, Long> startThreads) {
            this.startThreads = startThreads;
        }

        static Window start() {
            Map<Long, Long> threads = BenchSupport.threadCpuNanos();
            return new Window(threads);
        }

        void live(String body) {
            long now = System.nanoTime();
            if (open && body != null && body.startsWith("live ")) {
                synchronized (latencies) {
                    latencies.add(now - Long.parseLong(body.substring(5).trim()));
                }
            }
        }

        /** The "done" line; closes the window. */
        String end(int fetched, int pages) {
            long wall = System.nanoTime() - startWall;
            long cpu = BenchSupport.processCpuNanos() - startCpu;
            long threads = BenchSupport.threadCpuSince(startThreads);
            String byThread = BenchSupport.cpuByThreadName(startThreads);
            open = false;
            List<Long> l;
            synchronized (latencies) {
                l = new ArrayList<>(latencies);
            }
            l.sort(Comparator.naturalOrder());
            long median = l.isEmpty() ? 0 : l.get(l.size() / 2);
            long max = l.isEmpty() ? 0 : l.get(l.size() - 1);
            return "done " + wall + " " + cpu + " " + threads + " " + fetched + " " + pages + " " + l.size() + " "
                    + median + " " + max + " " + byThread;
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void receiver(String kind, Map<String, String> env, Path profiles) throws Exception {
        Map<String, Profile> open = new HashMap<>();
        say("ready");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null && !line.equals("quit"); ) {
            String user = line.substring(line.indexOf(' ') + 1).trim();
            if (line.startsWith("prepare ")) {
                if (kind.equals("parley")) {
                    Profile profile = Profile.open(profiles.resolve(user));
                    open.put(user, profile);
                    parleyFirstSync(profile, env, user);
                }
                say("prepared");
            } else if (line.startsWith("catchup ")) {
                try {
                    if (kind.equals("parley")) {
                        Profile profile = open.remove(user);
                        try {
                            parleyCatchUp(profile, env, user);
                        } finally {
                            profile.close();
                            deleteTree(profiles.resolve(user));
                        }
                    } else {
                        smackCatchUp(env, user);
                    }
                } catch (Exception e) {
                    say("failed " + String.valueOf(e).replace('\n', ' '));
                }
                say("closed");
            }
        }
        for (Profile p : open.values()) {
            p.close();
        }
        System.exit(0);
    }

    /** The account's first session on a fresh profile: its sync finds the archive empty and keeps a cursor. */
    private static void parleyFirstSync(Profile profile, Map<String, String> env, String user) throws Exception {
        Profile.SyncedAccount synced = profile.accountWithSync(BenchSupport.parleyConfig(env, user, user + PASSWORD_SUFFIX));
        CompletableFuture<AccountEvent.HistorySynced> done = new CompletableFuture<>();
        try (var account = synced.account()) {
            account.subscribe(e -> {
                if (e instanceof AccountEvent.HistorySynced h && (h.done() || h.failure() != null)) {
                    done.complete(h);
                }
            });
            account.connect().get(30, TimeUnit.SECONDS);
            AccountEvent.HistorySynced h = done.get(60, TimeUnit.SECONDS);
            if (h.failure() != null || h.stored() != 0) {
                throw new IllegalStateException("first sync of " + user + ": " + h);
            }
        }
    }

    private static void parleyCatchUp(Profile profile, Map<String, String> env, String user) throws Exception {
        Profile.SyncedAccount synced = profile.accountWithSync(BenchSupport.parleyConfig(env, user, user + PASSWORD_SUFFIX));
        Window[] window = new Window[1];
        CompletableFuture<String> done = new CompletableFuture<>();
        try (var account = synced.account()) {
            account.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived m) {
                    Window w = window[0];
                    if (w != null) {
                        w.live(m.message().body());
                    }
                }
            });
            // Runs right after the ArchiveSync's own hook, which has sent its first query and returned.
            account.addBringUpHook(session -> {
                Window w = Window.start();
                window[0] = w;
                say("started " + session.jid());
                synced.sync().running().whenComplete((PagingResult result, Throwable error) -> {
                    if (error != null) {
                        done.completeExceptionally(error);
                    } else {
                        done.complete(w.end(result.messages(), result.pages()));
                    }
                });
                return CompletableFuture.completedFuture(null);
            });
            account.connect().get(30, TimeUnit.SECONDS);
            say(done.get(10, TimeUnit.MINUTES));
        }
    }

    private static void smackCatchUp(Map<String, String> env, String user) throws Exception {
        XMPPTCPConnection conn = new XMPPTCPConnection(
                BenchSupport.smackConfig(env, user, user + PASSWORD_SUFFIX).build());
        Window[] window = new Window[1];
        ChatManager.getInstanceFor(conn).addIncomingListener((from, message, chat) -> {
            Window w = window[0];
            if (w != null) {
                w.live(message.getBody());
            }
        });
        conn.connect().login();
        try {
            MamManager mam = MamManager.getInstanceFor(conn);
            if (!mam.isSupported()) {
                throw new IllegalStateException("no MAM");
            }
            Window w = Window.start();
            window[0] = w;
            say("started " + conn.getUser());
            List<org.jivesoftware.smack.packet.Message> all = new ArrayList<>();
            MamManager.MamQuery q = mam.queryArchive(MamManager.MamQueryArgs.builder().setResultPageSize(250).build());
            all.addAll(q.getMessages());
            int pages = 1;
            while (!q.isComplete()) {
                all.addAll(q.pageNext(250));
                pages++;
            }
            say(w.end(all.size(), pages));
        } finally {
            conn.disconnect();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
