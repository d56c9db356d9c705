package im.parley.media.audio;

/**
 * A bounded ring of PCM samples between a device thread and the media thread. A full ring drops
 * its oldest samples: with a device clock a little off the call's, latency stays bounded instead
 * of growing for the whole call.
 */
final class SampleRing {
    private final short[] samples;
    private int head;
    private int size;
    private long dropped;
    private boolean closed;

    SampleRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.samples = new short[capacity];
    }

    /** Appends {@code count} samples, dropping the oldest held (or the oldest given) when full; never blocks. */
    synchronized void offer(short[] data, int count) {
        if (closed) {
            return;
        }
        int from = 0;
        if (count > samples.length) {
            // Only the newest capacity's worth can be kept.
            from = count - samples.length;
            dropped += from;
        }
        int overflow = size + (count - from) - samples.length;
        if (overflow > 0) {
            head = (head + overflow) % samples.length;
            size -= overflow;
            dropped += overflow;
        }
        for (int i = from; i < count; i++) {
            samples[(head + size) % samples.length] = data[i];
            size++;
        }
        notifyAll();
    }

    /** Moves up to {@code length} samples into {@code out} from {@code offset}; returns how many, without waiting. */
    synchronized int poll(short[] out, int offset, int length) {
        int n = Math.min(length, size);
        for (int i = 0; i < n; i++) {
            out[offset + i] = samples[(head + i) % samples.length];
        }
        head = (head + n) % samples.length;
        size -= n;
        return n;
    }

    /**
     * Like {@link #poll} but waits until at least one sample is there; for the device thread only.
     *
     * @return the samples moved, or -1 once the ring is closed and empty
     */
    synchronized int take(short[] out, int offset, int length) throws InterruptedException {
        while (size == 0 && !closed) {
            wait();
        }
        if (size == 0) {
            return -1;
        }
        return poll(out, offset, length);
    }

    synchronized int size() {
        return size;
    }

    /** Samples thrown away because the ring was full. */
    synchronized long dropped() {
        return dropped;
    }

    /** Refuses further samples and wakes a waiting {@link #take}; what is held can still be taken. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
