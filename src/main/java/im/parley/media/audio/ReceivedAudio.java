package im.parley.media.audio;

/**
 * What arrived from the far end, kept small: the latest second of samples (for tone checks), frame
 * counts, and when the first audible frame came (for set-up time). Thread-safe: written by the
 * media thread, read by whoever reports.
 */
public final class ReceivedAudio implements AudioSink {
    private static final int SILENCE_LEVEL = 64;

    private final short[] window = new short[AudioFormat48k.SAMPLE_RATE];
    private final AudioSink next;
    private int position;
    private boolean full;
    private long samples;
    private long firstAudibleNanos;

    public ReceivedAudio(AudioSink next) {
        this.next = next;
    }

    @Override
    public void write(short[] data, int count) {
        synchronized (this) {
            for (int i = 0; i < count; i++) {
                if (firstAudibleNanos == 0 && Math.abs(data[i]) > SILENCE_LEVEL) {
                    firstAudibleNanos = System.nanoTime();
                }
                window[position++] = data[i];
                if (position == window.length) {
                    position = 0;
                    full = true;
                }
            }
            samples += count;
        }
        if (next != null) {
            next.write(data, count);
        }
    }

    public synchronized long samples() {
        return samples;
    }

    /** {@link System#nanoTime()} of the first sample above silence, or 0. */
    public synchronized long firstAudibleNanos() {
        return firstAudibleNanos;
    }

    /** Energy share of {@code hertz} in what was heard of the latest (up to one) second received (see {@link Goertzel#heardShare}). */
    public synchronized double toneShare(double hertz) {
        int length = full ? window.length : position;
        short[] ordered = new short[length];
        if (full) {
            System.arraycopy(window, position, ordered, 0, window.length - position);
            System.arraycopy(window, 0, ordered, window.length - position, position);
        } else {
            System.arraycopy(window, 0, ordered, 0, position);
        }
        return Goertzel.heardShare(ordered, 0, length, hertz);
    }
}
