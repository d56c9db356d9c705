package im.parley.xmpp.session;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next reconnection attempt: exponential backoff with full jitter,
 * so that many clients cut off by one server restart do not all come back in the same second.
 * The first retry is quick: most drops are a moment's network change.
 */
public final class Backoff {
    static final long FIRST_DELAY_MS = 200;
    static final long MAX_DELAY_MS = 5 * 60_000;

    private Backoff() {
    }

    /** Uniform in [window/2, window], the window doubling with each failure up to five minutes. */
    public static long delayMillis(int failures) {
        long window = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(failures, 20));
        return window / 2 + ThreadLocalRandom.current().nextLong(window / 2 + 1);
    }
}
