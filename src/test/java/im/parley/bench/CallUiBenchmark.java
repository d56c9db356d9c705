package im.parley.bench;

import im.parley.client.call.Call;
import im.parley.client.call.CallMedia;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.client.history.Profile;
import im.parley.media.audio.ToneSource;
import im.parley.media.video.VideoSink;
import im.parley.ui.app.AccountModel;
import im.parley.ui.call.AppCalls;
import im.parley.ui.call.CallDevices;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * What the app's call UI adds to a call, against the call service alone, in one JVM with both ends
 * on loopback through a local Prosody (bob is a plain {@link CallService} that answers at once):
 *
 * <ul>
 *   <li><b>set-up</b>: from the call button's action ({@link AppCalls#call}, on the JavaFX thread,
 *       as the header's button runs it: the synthetic devices opened, the call placed, its window
 *       shown) to bob's first decoded audible sample of alice's tone; against the same call placed
 *       with {@link CallService#call} directly. Interleaved, one of each per round.</li>
 *   <li><b>CPU</b>: the process CPU over {@code seconds} of a video call (320x240 at 15 frames/s
 *       both ways, both ends in this JVM) with the call window showing both pictures, against the
 *       same call placed headless. The difference is the window's own cost.</li>
 * </ul>
 *
 * JavaFX runs on headless Monocle with the software pipeline (the flags are in
 * src/test/scripts/bench-call-ui.sh), so drawing costs what the software renderer costs. Not a
 * test: prints one JSON line.
 *
 * <p>Arguments: {@code ports.env [warm-up rounds] [measured rounds] [CPU seconds]}.
 */
public final class CallUiBenchmark {
    private CallUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = BenchSupport.readEnv(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-io");
            t.setDaemon(true);
            return t;
        });
        Path dir = Files.createTempDirectory("parley-bench-call-ui");

        XmppClient bob = new XmppClient(BenchSupport.parleyConfig(env, "bob", "bobpass"));
        bob.connect();
        bob.send(Presence.builder().build());
        FirstAudible ear = new FirstAudible();
        FrameCounter bobSees = new FrameCounter();
        CallService bobCalls = new CallService(bob, CallSettings.onLoopback(), call -> {
            if (call.hasVideo()) {
                call.accept(new ToneSource(660, 0.5), ear, CallMedia.testPattern(320, 240, 15), bobSees);
            } else {
                call.accept(new ToneSource(660, 0.5), ear);
            }
        });
        Jid callee = bob.jid().bare();

        Profile profile = Profile.open(dir.resolve("profile"));
        Profile.SyncedAccount synced = profile.accountWithSync(BenchSupport.parleyConfig(env, "alice", "alicepass"));
        Jid aliceJid = synced.account().jid().bare();
        AccountModel alice = new AccountModel(synced.account(), synced.sync(), profile.history(aliceJid),
                profile.rosterStore(aliceJid), Platform::runLater, io);
        alice.connect().get(30, TimeUnit.SECONDS);
        AppCalls app = new AppCalls(CallSettings.onLoopback(), new CallDevices(dir.resolve("devices.properties"), true),
                Platform::runLater, io, CompletableFuture.completedFuture(null));
        BenchSupport.onFx(() -> {
            // The app's theme, so that the call window's styles resolve as they do for the user.
            Themes.apply(Themes.Theme.LIGHT);
            app.watch(FXCollections.observableArrayList(alice));
            return null;
        });
        CallService.warmUpMedia();
        CallService service = awaitCallService(alice);

        List<Long> directTimes = new ArrayList<>();
        List<Long> buttonTimes = new ArrayList<>();
        int failed = 0;
        for (int i = -warmup; i < measured; i++) {
            boolean buttonFirst = (i & 1) == 0;
            for (int leg = 0; leg < 2; leg++) {
                boolean viaButton = (leg == 0) == buttonFirst;
                try {
                    long took = viaButton ? setUpFromButton(app, alice, callee, service, ear)
                            : setUpDirect(service, callee, ear);
                    if (i >= 0) {
                        (viaButton ? buttonTimes : directTimes).add(took);
                    }
                } catch (IllegalStateException silent) {
                    // Counted and told, not hidden: a call that never sounded is a finding too.
                    failed++;
                    System.err.println("[bench] " + (viaButton ? "button" : "direct") + " call " + i + ": "
                            + silent.getMessage() + "; calls then: " + describe(service.calls()));
                    hangUpAll(service);
                    awaitWindowsClosed();
                }
            }
        }
        long[] direct = directTimes.stream().mapToLong(Long::longValue).toArray();
        long[] fromButton = buttonTimes.stream().mapToLong(Long::longValue).toArray();

        double idle = cpuPercent(seconds / 2);
        double[] headless = new double[2];
        double[] windowed = new double[2];
        for (int round = 0; round < 2; round++) {
            headless[round] = videoCallCpu(service, null, null, callee, bobSees, seconds);
            windowed[round] = videoCallCpu(service, app, alice, callee, bobSees, seconds);
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"setup_direct_median_ms\":%.1f,\"setup_direct_p90_ms\":%.1f,\"setup_button_median_ms\":%.1f,"
                        + "\"setup_button_p90_ms\":%.1f,\"ui_added_median_ms\":%.1f,\"rounds\":%d,\"silent_calls\":%d,"
                        + "\"idle_cpu_percent\":%.1f,\"video_call_headless_cpu_percent\":[%.1f,%.1f],"
                        + "\"video_call_window_cpu_percent\":[%.1f,%.1f],\"window_cost_percent_of_a_core\":%.1f,"
                        + "\"cpu_seconds\":%d}",
                BenchSupport.percentile(direct, 50), BenchSupport.percentile(direct, 90),
                BenchSupport.percentile(fromButton, 50), BenchSupport.percentile(fromButton, 90),
                BenchSupport.percentile(fromButton, 50) - BenchSupport.percentile(direct, 50), measured, failed, idle,
                headless[0], headless[1], windowed[0], windowed[1],
                (windowed[0] + windowed[1] - headless[0] - headless[1]) / 2, seconds));
        app.close();
        bobCalls.close();
        alice.account().close();
        bob.disconnect();
        System.exit(0);
    }

    /** Nanoseconds from placing the call with the service to bob's first audible sample. */
    private static long setUpDirect(CallService service, Jid callee, FirstAudible ear) throws Exception {
        ear.reset();
        long start = System.nanoTime();
        Call call = service.call(callee, CallMedia.tone(440), (samples, count) -> { });
        long took = ear.awaitAudible(10) - start;
        call.hangUp();
        call.ended().get(10, TimeUnit.SECONDS);
        return took;
    }

    /** The same from the button's action on the JavaFX thread; waits for the call window to close after. */
    private static long setUpFromButton(AppCalls app, AccountModel alice, Jid callee, CallService service, FirstAudible ear)
            throws Exception {
        ear.reset();
        CompletableFuture<Long> clicked = new CompletableFuture<>();
        Platform.runLater(() -> {
            clicked.complete(System.nanoTime());
            app.call(alice, callee, false);
        });
        long heard = ear.awaitAudible(10);
        long took = heard - clicked.get(10, TimeUnit.SECONDS);
        hangUpAll(service);
        awaitWindowsClosed();
        return took;
    }

    /**
     * Process CPU as a percentage of one core over {@code seconds} of a video call, once it shows
     * pictures: placed headless when {@code app} is null, else from the video-call button.
     */
    private static double videoCallCpu(CallService service, AppCalls app, AccountModel alice, Jid callee,
            FrameCounter bobSees, int seconds) throws Exception {
        FrameCounter aliceSees = new FrameCounter();
        if (app == null) {
            service.videoCall(callee, CallMedia.tone(440), (samples, count) -> { },
                    CallMedia.testPattern(320, 240, 15), aliceSees);
        } else {
            Platform.runLater(() -> app.call(alice, callee, true));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int bobAtStart = bobSees.frames.get();
        while (bobSees.frames.get() < bobAtStart + 30 || (app == null ? aliceSees.frames.get() < 30 : !windowShowsVideo())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no pictures both ways within 20 s");
            }
            Thread.sleep(50);
        }
        Map<Long, Long> threadsBefore = BenchSupport.threadCpuNanos();
        double cpu = cpuPercent(seconds);
        System.err.println("[bench] video call " + (app == null ? "headless" : "with its window") + ", CPU ms by thread: "
                + BenchSupport.cpuByThreadName(threadsBefore));
        hangUpAll(service);
        awaitWindowsClosed();
        return cpu;
    }

    private static double cpuPercent(int seconds) throws InterruptedException {
        long before = BenchSupport.processCpuNanos();
        Thread.sleep(seconds * 1000L);
        return (BenchSupport.processCpuNanos() - before) / 1e9 / seconds * 100;
    }

    private static String describe(List<Call> calls) {
        return calls.stream().map(c -> c + " " + c.state()).toList().toString();
    }

    private static void hangUpAll(CallService service) throws Exception {
        for (Call call : service.calls()) {
            call.hangUp();
            call.ended().get(10, TimeUnit.SECONDS);
        }
    }

    /** Whether the call window shows both pictures, the peer's and the user's own preview. */
    private static boolean windowShowsVideo() throws Exception {
        return BenchSupport.onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> shows(w, "#peerVideo") && shows(w, "#ownVideo")).reduce(false, Boolean::logicalOr));
    }

    private static boolean shows(Window window, String id) {
        Node view = window.getScene().getRoot().lookup(id);
        return view instanceof ImageView image && image.getImage() != null
                && image.getImage().getWidth() == image.getLayoutBounds().getWidth();
    }

    /** The call window lingers after a call; a second call to the same contact would only bring it forward. */
    private static void awaitWindowsClosed() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (BenchSupport.onFx(() -> Window.getWindows().stream().anyMatch(Window::isShowing))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the call window did not close");
            }
            Thread.sleep(50);
        }
    }

    private static CallService awaitCallService(AccountModel alice) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (alice.account().calls().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("calls were not enabled");
            }
            Thread.sleep(20);
        }
        return alice.account().calls().get();
    }

    /** Counts decoded frames. */
    private static final class FrameCounter implements VideoSink {
        final AtomicInteger frames = new AtomicInteger();

        @Override
        public void frame(int width, int height, byte[] i420) {
            frames.incrementAndGet();
        }
    }
}
