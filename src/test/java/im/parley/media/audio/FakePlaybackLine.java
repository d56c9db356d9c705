package im.parley.media.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioFormat;

/** A speaker without hardware: keeps what it is given; while held, it blocks like a device whose buffer is full. */
final class FakePlaybackLine implements PlaybackLine {
    private final AudioFormat format;
    private final ByteArrayOutputStream played = new ByteArrayOutputStream();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch writing = new CountDownLatch(1);
    private final boolean held;
    volatile boolean closed;

    /** @param held whether writes wait for {@link #release()} */
    FakePlaybackLine(AudioFormat format, boolean held) {
        this.format = format;
        this.held = held;
    }

    void release() {
        released.countDown();
    }

    /** Waits until the player is inside its first write. */
    void awaitWriting() throws InterruptedException {
        writing.await();
    }

    synchronized byte[] played() {
        return played.toByteArray();
    }

    /** What was played, decoded as call-format samples. */
    short[] playedSamples() {
        byte[] bytes = played();
        short[] samples = new short[bytes.length / 2];
        LinePcm.decode(bytes, bytes.length, samples);
        return samples;
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        writing.countDown();
        if (held) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        if (closed) {
            throw new IOException("closed");
        }
        synchronized (this) {
            played.write(buffer, offset, length);
        }
    }

    @Override
    public void close() {
        closed = true;
        released.countDown();
    }
}
