package im.parley.media.audio;

import java.util.Arrays;

/**
 * Sends back what it receives: the far end of a test call. Received samples wait in a short ring
 * (200 ms at most, older ones dropped) until the next frame is read; an empty ring reads as silence.
 */
public final class Echo implements AudioSink, AudioSource {
    private static final int CAPACITY = AudioFormat48k.SAMPLE_RATE / 5;

    private final SampleRing ring = new SampleRing(CAPACITY);

    @Override
    public void write(short[] samples, int count) {
        ring.offer(samples, count);
    }

    @Override
    public void read(short[] frame) {
        int n = ring.poll(frame, 0, frame.length);
        Arrays.fill(frame, n, frame.length, (short) 0);
    }
}
