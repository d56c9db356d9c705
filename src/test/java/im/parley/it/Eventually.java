package im.parley.it;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for what a real server and peer do in their own time. */
final class Eventually {
    private static final long TIMEOUT_SECONDS = 20;

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} if it has not within 20 s. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + TIMEOUT_SECONDS + " s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
