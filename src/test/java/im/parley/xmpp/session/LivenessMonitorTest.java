package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.session.LivenessMonitor.Action;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LivenessMonitorTest {
    private static final long S = 1_000_000_000L;
    private final LivenessMonitor monitor = new LivenessMonitor(Duration.ofSeconds(60), Duration.ofSeconds(20));

    @Test
    void busyConnectionIsLeftAlone() {
        assertThat(monitor.check(100 * S, 50 * S)).isEqualTo(Action.NOTHING);
    }

    @Test
    void silenceLongerThanTheIntervalGetsOneProbe() {
        assertThat(monitor.check(100 * S, 30 * S)).isEqualTo(Action.PROBE);
        assertThat(monitor.check(105 * S, 30 * S)).as("no second probe while one is out").isEqualTo(Action.NOTHING);
    }

    @Test
    void answeredProbeClearsTheAlarm() {
        monitor.check(100 * S, 30 * S);
        assertThat(monitor.check(130 * S, 101 * S)).isEqualTo(Action.NOTHING);
        assertThat(monitor.check(200 * S, 101 * S)).as("silent again: probe again").isEqualTo(Action.PROBE);
    }

    @Test
    void unansweredProbeMeansDeadAfterTheReplyTimeout() {
        monitor.check(100 * S, 30 * S);
        assertThat(monitor.check(119 * S, 30 * S)).isEqualTo(Action.NOTHING);
        assertThat(monitor.check(121 * S, 30 * S)).isEqualTo(Action.DEAD);
    }

    @Test
    void resetForgetsAnOutstandingProbe() {
        monitor.check(100 * S, 30 * S);
        monitor.reset();
        assertThat(monitor.check(121 * S, 120 * S)).isEqualTo(Action.NOTHING);
    }
}
