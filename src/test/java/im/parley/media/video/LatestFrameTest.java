package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatestFrameTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final LatestFrame frames = new LatestFrame(4, 2, now::get);
    private final byte[] read = new byte[I420.frameBytes(4, 2)];

    @Test
    void blackUntilTheFirstFrameThenTheNewestFrame() {
        assertThat(frames.read(read)).isFalse();
        assertThat(read[0] & 0xff).as("black luma").isEqualTo(16);
        assertThat(read[read.length - 1] & 0xff).as("neutral chroma").isEqualTo(128);
        frames.put(i420 -> Arrays.fill(i420, (byte) 1));
        frames.put(i420 -> Arrays.fill(i420, (byte) 2));
        assertThat(frames.read(read)).isTrue();
        assertThat(read).containsOnly(2);
        assertThat(frames.read(read)).as("the same frame again").isFalse();
        assertThat(read).containsOnly(2);
        frames.put(i420 -> Arrays.fill(i420, (byte) 3));
        assertThat(frames.read(read)).isTrue();
        assertThat(read).containsOnly(3);
    }

    @Test
    void aCameraThatStopsSendingIsLost() {
        frames.put(i420 -> Arrays.fill(i420, (byte) 1));
        now.addAndGet(LatestFrame.SILENCE_NANOS);
        frames.read(read);
        assertThat(frames.lost()).as("a pause of two seconds at most").isNotDone();
        now.addAndGet(1);
        frames.read(read);
        assertThat(frames.lost()).isDone();
    }

    @Test
    void aCameraGetsLongerForItsFirstFrame() {
        now.addAndGet(LatestFrame.SILENCE_NANOS * 2);
        frames.read(read);
        assertThat(frames.lost()).as("still starting").isNotDone();
        now.addAndGet(LatestFrame.START_NANOS);
        frames.read(read);
        assertThat(frames.lost()).as("never started").isDone();
    }
}
