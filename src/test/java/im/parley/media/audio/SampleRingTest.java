package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded ring between the device threads and the media thread. */
class SampleRingTest {
    private static short[] range(int from, int count) {
        short[] s = new short[count];
        for (int i = 0; i < count; i++) {
            s[i] = (short) (from + i);
        }
        return s;
    }

    @Test
    void samplesComeOutInOrderAcrossTheWrap() {
        SampleRing ring = new SampleRing(5);
        short[] out = new short[5];
        ring.offer(range(1, 3), 3);
        assertThat(ring.poll(out, 0, 2)).isEqualTo(2);
        ring.offer(range(4, 4), 4);

        assertThat(ring.poll(out, 0, 5)).isEqualTo(5);
        assertThat(out).containsExactly(3, 4, 5, 6, 7);
        assertThat(ring.dropped()).isZero();
    }

    @Test
    void aFullRingDropsItsOldestSamples() {
        SampleRing ring = new SampleRing(4);
        ring.offer(range(1, 3), 3);
        ring.offer(range(4, 3), 3);
        short[] out = new short[6];

        assertThat(ring.poll(out, 0, 6)).isEqualTo(4);
        assertThat(out).startsWith((short) 3, (short) 4, (short) 5, (short) 6);
        assertThat(ring.dropped()).isEqualTo(2);
    }

    @Test
    void anOfferLargerThanTheRingKeepsItsNewestPart() {
        SampleRing ring = new SampleRing(3);
        ring.offer(range(100, 1), 1);
        ring.offer(range(1, 5), 5);
        short[] out = new short[3];

        assertThat(ring.poll(out, 0, 3)).isEqualTo(3);
        assertThat(out).containsExactly(3, 4, 5);
        assertThat(ring.dropped()).isEqualTo(3);
    }

    @Test
    void pollOnAnEmptyRingReturnsAtOnce() {
        assertThat(new SampleRing(8).poll(new short[4], 0, 4)).isZero();
    }

    @Test
    void takeWaitsForSamples() throws Exception {
        SampleRing ring = new SampleRing(8);
        short[] out = new short[8];
        CompletableFuture<Integer> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return ring.take(out, 2, 6);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(taken).isNotDone();

        ring.offer(range(7, 2), 2);

        assertThat(taken.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(out).startsWith((short) 0, (short) 0, (short) 7, (short) 8);
    }

    @Test
    void afterCloseTakeGivesWhatIsHeldThenTheEnd() throws Exception {
        SampleRing ring = new SampleRing(8);
        ring.offer(range(1, 2), 2);
        ring.close();
        ring.offer(range(9, 2), 2);
        short[] out = new short[8];

        assertThat(ring.take(out, 0, 8)).isEqualTo(2);
        assertThat(ring.take(out, 0, 8)).isEqualTo(-1);
    }

    @Test
    void closeWakesAWaitingTake() throws Exception {
        SampleRing ring = new SampleRing(8);
        CompletableFuture<Integer> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return ring.take(new short[8], 0, 8);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);

        ring.close();

        assertThat(taken.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
    }
}
