package im.parley.bench;

import im.parley.media.audio.AudioSink;
import java.util.concurrent.TimeUnit;

/** A far end's speaker for the call benchmarks: notes when it first hears something above silence after a reset. */
final class FirstAudible implements AudioSink {
    private static final int SAMPLE_SILENCE = 64;
    private volatile long audibleAt;

    void reset() {
        audibleAt = 0;
    }

    /** The {@link System#nanoTime()} of the first audible sample since the reset, waiting up to {@code seconds}. */
    long awaitAudible(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (audibleAt == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nothing heard within " + seconds + " s");
            }
            Thread.sleep(1);
        }
        return audibleAt;
    }

    @Override
    public void write(short[] samples, int count) {
        if (audibleAt != 0) {
            return;
        }
        for (int i = 0; i < count; i++) {
            if (Math.abs(samples[i]) > SAMPLE_SILENCE) {
                audibleAt = System.nanoTime();
                return;
            }
        }
    }
}
