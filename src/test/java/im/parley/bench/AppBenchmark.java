package im.parley.bench;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.ArchiveBenchSupport;
import im.parley.archive.ArchiveSearch;
import im.parley.archive.ConversationKind;
import im.parley.archive.Delivery;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.history.AccountSettings;
import im.parley.client.history.Profile;
import im.parley.client.secrets.EncryptedFilePasswordStore;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.CertificateFingerprints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app's start-up and idle footprint, from the real jar in fresh JVMs: a profile with
 * an account of 1,000 contacts (on the server and in the archive), 20 conversations holding
 * 100,000 messages, the password remembered, the server's certificate pinned. Measures the time
 * from JVM start to the first laid-out frame of the contact list (the app's own probe, see
 * StartupProbe) and the resident memory once idle; then the frame intervals while the wheel
 * scrolls the 50,000-message conversation upwards (ScrollProbe). Each with {@code java -jar} and,
 * given {@code -Dbench.appImage}, with the app image's own launcher. Run by src/test/scripts/bench-app.sh.
 * {@code -Dbench.imagesOnly=true} leaves {@code java -jar} out, {@code -Dbench.startOnly=true}
 * measures start-up only: for comparing images.
 */
public final class AppBenchmark {
    static final int CONTACTS = 1_000;
    static final int CONVERSATIONS = 20;
    static final int MESSAGES = 100_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> env = BenchSupport.readEnv(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> jvmFlags = List.of(System.getProperty("bench.appFlags", "").trim().split("\\s+"));
        Path profile = Files.createTempDirectory("parley-app-bench");
        prepare(env, profile);

        List<AppLaunch> launches = new ArrayList<>();
        if (!Boolean.getBoolean("bench.imagesOnly")) {
            launches.add(AppLaunch.jar("java -jar", jvmFlags));
        }
        // What an installed Parley runs: the image's launcher with its class-data archive and C1.
        // Several images, comma-separated, compare variants of it in the same run.
        List<String> images = List.of(System.getProperty("bench.appImage", "").split(",")).stream()
                .filter(i -> !i.isBlank()).toList();
        for (String image : images) {
            String what = images.size() == 1 ? "app image" : "app image " + Path.of(image).getFileName();
            launches.add(AppLaunch.image(what, Path.of(image)));
        }
        measure(launches, profile, runs);
        if (Boolean.getBoolean("bench.startOnly")) {
            return;
        }
        for (AppLaunch launch : launches) {
            long[] rss = new long[1];
            startUp(launch, profile, "contacts", rss);
            BenchSupport.log("%s: idle resident memory, 80 s after start-up and a GC: %,d MB", launch.what(),
                    rss[0] / 1024);
        }
        // Frame intervals while the wheel scrolls the biggest conversation up, paging older history in.
        for (AppLaunch launch : launches) {
            startUp(launch, profile, "scroll:contact0@example.org", null);
        }
    }

    /**
     * Start-up, each launch once per round, so that a machine slowing down or speeding up during
     * the run (a shared host's does) weighs on every variant alike.
     */
    private static void measure(List<AppLaunch> launches, Path profile, int runs) throws Exception {
        double[][] shown = new double[launches.size()][runs];
        double[][] wall = new double[launches.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int l = 0; l < launches.size(); l++) {
                AppLaunch launch = launches.get(l);
                long t0 = System.nanoTime();
                Shown s = startUp(launch, profile, "exit", null);
                shown[l][i] = s.afterJvmStartMs();
                wall[l][i] = (s.readAtNanos() - t0) / 1e6;
                BenchSupport.log("%s, run %d: contacts shown %.0f ms after JVM start, %.0f ms after launch",
                        launch.what(), i + 1, shown[l][i], wall[l][i]);
            }
        }
        for (int l = 0; l < launches.size(); l++) {
            BenchSupport.log("%s: start-up to a shown 1,000-contact list: median %.0f ms after JVM start (%s), "
                    + "%.0f ms after launch (%s)", launches.get(l).what(), BenchSupport.median(shown[l]),
                    BenchSupport.spread(shown[l]), BenchSupport.median(wall[l]), BenchSupport.spread(wall[l]));
        }
    }

    /** An account on the server with 1,000 contacts, and a profile that keeps it all. */
    static void prepare(Map<String, String> env, Path profile) throws Exception {
        String user = "app" + Long.toHexString(System.nanoTime());
        ClientConfig config = BenchSupport.parleyConfig(env, user, user + "pass");
        Account.register(config);
        try (AccountSession s = new AccountSession(config)) {
            s.connect();
            List<CompletableFuture<Void>> sets = new ArrayList<>();
            String[] groups = {"Friends", "Family", "Work", "Club", "Neighbours", "School"};
            for (int i = 0; i < CONTACTS; i++) {
                sets.add(s.roster().set(RosterItem.of(Jid.of("contact" + i + "@example.org"), "Contact " + i,
                        Set.of(groups[i % groups.length]))));
            }
            CompletableFuture.allOf(sets.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        }
        Jid jid = config.jid().bare();
        String pin = CertificateFingerprints.sha256(BenchSupport.readCert(
                Path.of(env.get("CA_CERT")).getParent().resolve("localhost.crt")));
        AccountSettings settings = AccountSettings.of(jid)
                .withServer("127.0.0.1", Integer.parseInt(env.get("C2S_PORT")), false)
                .withRememberPassword(true).withPin(pin);
        try (Profile p = Profile.open(profile)) {
            p.saveSettings(settings);
            new EncryptedFilePasswordStore(profile).save(jid, (user + "pass").toCharArray());
            // One session fetches the roster into the archive, as a first sign-in would.
            try (Account account = p.account(settings.toConfig((user + "pass").toCharArray(), null))) {
                CompletableFuture<Void> broughtUp = new CompletableFuture<>();
                account.subscribe(e -> {
                    if (e instanceof AccountEvent.BroughtUp) {
                        broughtUp.complete(null);
                    }
                });
                account.connect().get(60, TimeUnit.SECONDS);
                broughtUp.get(60, TimeUnit.SECONDS);
            }
        }
        try (Archive archive = ArchiveBenchSupport.open(profile)) {
            long id = new AccountStore(archive).ensure(jid.toString());
            MessageStore store = new MessageStore(archive);
            // The search index kept current as in the app, so the app's start does not build it.
            ArchiveSearch search = ArchiveSearch.open(archive, store, profile.resolve("search"));
            Random random = new Random(7);
            Instant t0 = Instant.now().minusSeconds(MESSAGES * 60L);
            List<NewMessage> page = new ArrayList<>(250);
            for (int i = 0; i < MESSAGES; i++) {
                // One conversation of half the messages, the rest spread over 19.
                String peer = "contact" + (i % 2 == 0 ? 0 : 1 + random.nextInt(CONVERSATIONS - 1)) + "@example.org";
                boolean outgoing = random.nextInt(3) == 0;
                page.add(new NewMessage(peer, ConversationKind.CHAT, outgoing, outgoing ? jid + "/desk" : peer + "/phone",
                        null, "m" + i, "o" + i, "S" + i, t0.plusSeconds(i * 60L), Instant.now(),
                        "message " + i + " about lunch, the release and the weekend", null, null, null,
                        outgoing ? Delivery.SENT : Delivery.DISPLAYED, List.of()));
                if (page.size() == 250) {
                    store.insertAll(id, page);
                    page.clear();
                }
            }
            store.insertAll(id, page);
            search.close();
        }
        BenchSupport.log("profile ready: %s (%,d contacts, %,d messages in %d conversations)", profile, CONTACTS,
                MESSAGES, CONVERSATIONS);
    }

    /** The probe's figure, and when its line was read ({@link System#nanoTime}). */
    record Shown(long afterJvmStartMs, long readAtNanos) {
    }

    /**
     * Starts the app on {@code profile} and returns when it showed its contacts (null for a
     * scrolling run); with {@code rss}, waits 80 s idle, asks for a GC and reads the resident set
     * (kB) before ending the process.
     */
    static Shown startUp(AppLaunch launch, Path profile, String mode, long[] rss) throws Exception {
        Process app = launch.start(profile, mode);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("parley-scroll-probe: ")) {
                    BenchSupport.log("%s: scrolling the 50,000-message conversation upwards: %s", launch.what(),
                            line.substring("parley-scroll-probe: ".length()));
                    app.waitFor(20, TimeUnit.SECONDS);
                    return null;
                }
                if (line.startsWith("parley-startup-probe: contacts shown ")) {
                    long readAt = System.nanoTime();
                    long ms = Long.parseLong(line.split(" ")[3]);
                    if (mode.startsWith("scroll:")) {
                        continue;
                    }
                    if (rss != null) {
                        // Past the app's heap tuning (15 s after start) and a minute's periodic collection.
                        Thread.sleep(80_000);
                        new ProcessBuilder("jcmd", Long.toString(app.pid()), "GC.run")
                                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                                .waitFor(20, TimeUnit.SECONDS);
                        Thread.sleep(3_000);
                        rss[0] = vmRssKb(app.pid());
                        app.destroy();
                    }
                    // Read on to the end: the JVM's own output at exit (an AppCDS training run
                    // prints a warning per class it cannot archive) would otherwise fill the
                    // pipe and stop the process before it has written its archive.
                    Thread drain = new Thread(() -> {
                        try {
                            out.transferTo(Writer.nullWriter());
                        } catch (IOException ignored) {
                            // the process ended
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    app.waitFor(20, TimeUnit.SECONDS);
                    return new Shown(ms, readAt);
                }
            }
        } finally {
            app.destroyForcibly();
        }
        throw new IllegalStateException("the app ended without showing its contacts");
    }

    private static long vmRssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
