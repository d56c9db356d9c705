package im.parley.media.audio;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sound.sampled.AudioFormat;

/** A microphone without hardware: hands out the chunks a test queued, and waits like a device when there are none. */
final class FakeCaptureLine implements CaptureLine {
    private static final byte[] CLOSED = new byte[0];

    private final AudioFormat format;
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    /** The reader came back for more and found nothing queued; guarded by this. */
    private boolean idle;
    private byte[] pending = new byte[0];
    private int pendingOffset;
    volatile boolean closed;

    FakeCaptureLine(AudioFormat format) {
        this.format = format;
    }

    synchronized void deliver(byte[] chunk) {
        idle = false;
        chunks.add(chunk);
    }

    /** Call-format samples as the device would give them. */
    void deliver(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        LinePcm.encode(samples, samples.length, bytes, 0);
        deliver(bytes);
    }

    /** Waits until the reader has taken everything queued so far and asks for more. */
    void awaitDrained() throws InterruptedException {
        while (!isIdle()) {
            Thread.sleep(2);
        }
    }

    private synchronized boolean isIdle() {
        return idle && chunks.isEmpty();
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            if (pendingOffset == pending.length) {
                synchronized (this) {
                    idle = chunks.isEmpty();
                }
                pending = chunks.take();
                pendingOffset = 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        if (pending == CLOSED) {
            chunks.add(CLOSED);
            return -1;
        }
        int n = Math.min(length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, offset, n);
        pendingOffset += n;
        return n;
    }

    /** The device goes away: reads end as a stopped line's do, though nobody closed it. */
    void unplug() {
        chunks.add(CLOSED);
    }

    @Override
    public void close() {
        closed = true;
        chunks.add(CLOSED);
    }
}
