package im.parley.bench;

import im.parley.media.video.I420;
import im.parley.media.video.TestPatternSource;
import im.parley.ui.call.CallHandle;
import im.parley.ui.call.CallViewModel;
import im.parley.ui.call.CallWindow;
import im.parley.ui.call.FakeCallHandle;
import im.parley.ui.call.VideoFrames;
import im.parley.ui.theme.Themes;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The call window's drawing alone, without a call or a server: two test patterns (320x240 at 15
 * frames/s, the peer's and the user's own, half a frame apart) fed to the window's
 * {@link VideoFrames} as the media threads would, its figures polled as the app polls them. The
 * process CPU with the window shown against the same frames made and dropped with no window;
 * alternated, {@code rounds} of each. Complements {@link CallUiBenchmark}, whose call costs far more
 * than the window and moves with the machine's load; this one needs no Prosody.
 *
 * <p>Arguments: {@code [rounds] [seconds] [window width] [window height]}, default 3 30 560 460;
 * one untimed window run of {@code seconds} first. Runs on headless Monocle with the software renderer (flags in src/test/scripts/bench-call-window.sh).
 */
public final class CallWindowDrawBenchmark {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 15;

    private CallWindowDrawBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int windowWidth = args.length > 2 ? Integer.parseInt(args[2]) : 560;
        int windowHeight = args.length > 3 ? Integer.parseInt(args[3]) : 460;
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        BenchSupport.onFx(() -> {
            Themes.apply(Themes.Theme.LIGHT);
            return null;
        });
        // A call's window is on for minutes: the first half-minute, while the JIT compiles the
        // drawing paths, is warm-up, not the window's steady cost.
        run(false, 2);
        run(true, seconds, windowWidth, windowHeight);
        double[] without = new double[rounds];
        double[] with = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            without[i] = run(false, seconds);
            with[i] = run(true, seconds, windowWidth, windowHeight);
        }
        double cost = BenchSupport.median(with) - BenchSupport.median(without);
        System.out.println(String.format(Locale.ROOT,
                "{\"frames_only_cpu_percent\":\"%s\",\"window_cpu_percent\":\"%s\",\"window_cost_percent_of_a_core\":%.1f,"
                        + "\"window\":\"%dx%d\",\"rounds\":%d,\"seconds\":%d}",
                BenchSupport.spread(without), BenchSupport.spread(with), cost, windowWidth, windowHeight, rounds, seconds));
        System.exit(0);
    }

    private static double run(boolean window, int seconds) throws Exception {
        return run(window, seconds, 560, 460);
    }

    /** Process CPU, % of a core, over {@code seconds} of frames, with the call window shown or without one. */
    private static double run(boolean window, int seconds, int width, int height) throws Exception {
        VideoFrames peer = new VideoFrames(Platform::runLater);
        VideoFrames own = new VideoFrames(Platform::runLater);
        ScheduledExecutorService media = Executors.newScheduledThreadPool(2, r -> new Thread(r, "bench-media"));
        CallHandle call = FakeCallHandle.activeVideoCall();
        CallViewModel model = new CallViewModel(call, "Bob", true, null, Platform::runLater, System::nanoTime);
        CallWindow shown = !window ? null : BenchSupport.onFx(() -> {
            CallWindow w = new CallWindow(model, peer, own, "bob@localhost");
            w.show();
            w.stage().setWidth(width);
            w.stage().setHeight(height);
            return w;
        });
        long period = 1_000_000 / FPS;
        media.scheduleAtFixedRate(feeder(window ? peer : null), 0, period, TimeUnit.MICROSECONDS);
        media.scheduleAtFixedRate(feeder(window ? own : null), period / 2, period, TimeUnit.MICROSECONDS);
        if (window) {
            media.scheduleAtFixedRate(model::poll, 0, 250, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(1000);
        Map<Long, Long> threads = BenchSupport.threadCpuNanos();
        long before = BenchSupport.processCpuNanos();
        Thread.sleep(seconds * 1000L);
        double cpu = (BenchSupport.processCpuNanos() - before) / 1e9 / seconds * 100;
        System.err.println(String.format(Locale.ROOT, "[bench] %s: %.1f%% of a core; CPU ms by thread: %s",
                window ? "window" : "frames only", cpu, BenchSupport.cpuByThreadName(threads)));
        media.shutdownNow();
        media.awaitTermination(5, TimeUnit.SECONDS);
        if (shown != null) {
            BenchSupport.onFx(() -> {
                shown.stage().close();
                return null;
            });
        }
        return cpu;
    }

    /** Makes a test-pattern frame each time it runs and hands it to {@code sink}; with none, drops it. */
    private static Runnable feeder(VideoFrames sink) {
        TestPatternSource pattern = new TestPatternSource(WIDTH, HEIGHT, FPS);
        byte[] frame = new byte[I420.frameBytes(WIDTH, HEIGHT)];
        return () -> {
            pattern.read(frame);
            if (sink != null) {
                sink.frame(WIDTH, HEIGHT, frame);
            }
        };
    }
}
