package im.parley.xmpp.session;

import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Retries a reconnection after {@link Backoff} delays until an attempt says it is done.
 */
final class Reconnector {
    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier attempt;
    private final Consumer<Instant> retrying;
    private int failures;
    private ScheduledFuture<?> pending;

    /**
     * {@code attempt} returns true when done (connected, or given up), false to retry;
     * {@code retrying} hears when each retry after a failed attempt is due.
     */
    Reconnector(ScheduledExecutorService scheduler, BooleanSupplier attempt, Consumer<Instant> retrying) {
        this.scheduler = scheduler;
        this.attempt = attempt;
        this.retrying = retrying;
    }

    /** Schedules the next attempt; returns when it is due, or null when one is already pending. */
    synchronized Instant schedule() {
        if (pending != null && !pending.isDone()) {
            return null;
        }
        long delay = Backoff.delayMillis(failures);
        pending = scheduler.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        return Instant.now().plusMillis(delay);
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
        Instant next = schedule();
        if (next != null) {
            retrying.accept(next);
        }
    }

    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
