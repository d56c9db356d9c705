package im.parley.xmpp.session;

import java.time.Duration;

/**
 * Decides when an idle connection needs a probe (an ack request, or an XEP-0199 ping) and when
 * an unanswered probe means the connection is dead. Pure timing logic, fed the clock and the time
 * data last arrived; the session acts on its answers.
 */
final class LivenessMonitor {
    enum Action { NOTHING, PROBE, DEAD }

    private final long intervalNanos;
    private final long timeoutNanos;
    private long probeSentAt;

    /** Probe after {@code interval} of silence; give up {@code min(interval, replyTimeout)} after the probe. */
    LivenessMonitor(Duration interval, Duration replyTimeout) {
        this.intervalNanos = interval.toNanos();
        this.timeoutNanos = Math.min(intervalNanos, replyTimeout.toNanos());
    }

    synchronized Action check(long now, long lastReceived) {
        if (probeSentAt != 0 && lastReceived - probeSentAt > 0) {
            probeSentAt = 0;
        }
        if (probeSentAt == 0) {
            if (now - lastReceived > intervalNanos) {
                probeSentAt = now;
                return Action.PROBE;
            }
            return Action.NOTHING;
        }
        if (now - probeSentAt > timeoutNanos) {
            probeSentAt = 0;
            return Action.DEAD;
        }
        return Action.NOTHING;
    }

    /** A new connection starts with a clean slate. */
    synchronized void reset() {
        probeSentAt = 0;
    }
}
