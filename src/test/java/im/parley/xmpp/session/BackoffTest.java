package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exponential backoff with jitter over [window/2, window]. Sampled, since the delay is random. */
class BackoffTest {
    private static final int SAMPLES = 500;

    private static long window(int failures) {
        long w = 200;
        for (int i = 0; i < failures && w < Backoff.MAX_DELAY_MS; i++) {
            w *= 2;
        }
        return Math.min(w, Backoff.MAX_DELAY_MS);
    }

    @Test
    void firstRetryIsQuick() {
        for (int i = 0; i < SAMPLES; i++) {
            assertThat(Backoff.delayMillis(0)).isBetween(100L, 200L);
        }
    }

    @Test
    void everyDelayLiesInTheUpperHalfOfItsWindow() {
        for (int failures = 0; failures <= 40; failures++) {
            long w = window(failures);
            for (int i = 0; i < SAMPLES; i++) {
                assertThat(Backoff.delayMillis(failures)).as("failures=%d", failures).isBetween(w / 2, w);
            }
        }
    }

    @Test
    void delayGrowsWithFailuresUntilTheCap() {
        // Below the cap windows double, so each level's smallest delay is at least the previous level's largest.
        for (int failures = 0; window(failures + 1) < Backoff.MAX_DELAY_MS; failures++) {
            long maxHere = 0;
            long minNext = Long.MAX_VALUE;
            for (int i = 0; i < SAMPLES; i++) {
                maxHere = Math.max(maxHere, Backoff.delayMillis(failures));
                minNext = Math.min(minNext, Backoff.delayMillis(failures + 1));
            }
            assertThat(minNext).as("failures=%d", failures).isGreaterThanOrEqualTo(maxHere);
        }
    }

    @Test
    void manyFailuresAreCappedWithoutOverflow() {
        for (int failures : new int[]{11, 20, 21, 63, 64, 1000, Integer.MAX_VALUE}) {
            for (int i = 0; i < SAMPLES; i++) {
                assertThat(Backoff.delayMillis(failures)).as("failures=%d", failures)
                        .isBetween(Backoff.MAX_DELAY_MS / 2, Backoff.MAX_DELAY_MS);
            }
        }
    }

    @Test
    void delaysAreJittered() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            seen.add(Backoff.delayMillis(8));
        }
        assertThat(seen).hasSizeGreaterThan(50);
    }
}
