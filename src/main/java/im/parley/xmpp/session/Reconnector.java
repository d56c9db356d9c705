package im.parley.xmpp.session;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Retries a reconnection with exponential backoff and full jitter, so that many clients cut off
 * by one server restart do not all come back in the same second. The first retry is quick: most
 * drops are a moment's network change.
 */
final class Reconnector {
    static final long FIRST_DELAY_MS = 200;
    static final long MAX_DELAY_MS = 5 * 60_000;

    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier attempt;
    private int failures;
    private ScheduledFuture<?> pending;

    /** {@code attempt} returns true when done (connected, or given up), false to retry. */
    Reconnector(ScheduledExecutorService scheduler, BooleanSupplier attempt) {
        this.scheduler = scheduler;
        this.attempt = attempt;
    }

    synchronized void schedule() {
        if (pending != null && !pending.isDone()) {
            return;
        }
        pending = scheduler.schedule(this::run, delayMillis(failures), TimeUnit.MILLISECONDS);
    }

    private void run() {
        boolean done = attempt.getAsBoolean();
        synchronized (this) {
            pending = null;
            if (done) {
                failures = 0;
                return;
            }
            failures++;
        }
        schedule();
    }

    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Full jitter over an exponentially growing window: uniform in [window/2, window]. */
    static long delayMillis(int failures) {
        long window = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(failures, 20));
        return window / 2 + ThreadLocalRandom.current().nextLong(window / 2 + 1);
    }
}
