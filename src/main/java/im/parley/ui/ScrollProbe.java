package im.parley.ui;

import im.parley.ui.shell.ShellViewModel;
import im.parley.xmpp.jid.Jid;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * For the frame-time benchmark only ({@code -Dparley.startupProbe=scroll:JID}): once the contacts
 * show, opens the conversation with JID, scrolls it upwards a wheel notch (40 px) a frame for 10 s (older pages
 * come in from the archive as the top is reached), prints the frame intervals and quits. The
 * conversation-only benchmark ({@code ChatScrollBenchmark}) runs the same {@link #scroll}.
 */
public final class ScrollProbe {
    private static final long RUN_NANOS = 10_000_000_000L;

    private ScrollProbe() {
    }

    static void start(Scene scene, ShellViewModel shell, String peer) {
        shell.open(Jid.of(peer));
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        settle.setOnFinished(e -> scroll(scene, Platform::exit));
        settle.play();
    }

    /**
     * Scrolls the scene's message list upwards a wheel notch a frame for 10 s, prints the frame
     * intervals (a line starting "parley-scroll-probe: "), then runs {@code done}.
     */
    public static void scroll(Scene scene, Runnable done) {
        Node list = scene.lookup("#messages");
        VirtualFlow<?> flow = list == null ? null : (VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null) {
            System.out.println("parley-scroll-probe: no message list");
            done.run();
            return;
        }
        long[] intervals = new long[2_000];
        new AnimationTimer() {
            private long first;
            private long last;
            private int n;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                } else if (n < intervals.length) {
                    intervals[n++] = now - last;
                }
                last = now;
                // A wheel notch upwards, as the mouse sends it: the list pages older history in on these.
                Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, false, false, false,
                        false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                if (now - first >= RUN_NANOS || n == intervals.length) {
                    stop();
                    report(Arrays.copyOf(intervals, n), list);
                    done.run();
                }
            }
        }.start();
    }

    private static void report(long[] intervals, Node list) {
        Arrays.sort(intervals);
        int rows = ((javafx.scene.control.ListView<?>) list).getItems().size();
        System.out.printf("parley-scroll-probe: %d frames, interval p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms, %d rows loaded%n", intervals.length, at(intervals, 50), at(intervals, 95),
                at(intervals, 99), intervals[intervals.length - 1] / 1e6, rows);
        System.out.flush();
    }

    private static double at(long[] sorted, int pct) {
        return sorted[Math.min(sorted.length - 1, sorted.length * pct / 100)] / 1e6;
    }
}
