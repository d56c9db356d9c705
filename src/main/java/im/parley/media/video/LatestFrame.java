package im.parley.media.video;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The hand-over between a camera that pushes frames from its own thread (DirectShow's sample
 * callback, AVFoundation's delegate) and the call's video source, which reads one at its own rate:
 * the newest frame wins, a read between two frames gives the last one again, and a read before the
 * first gives black. The camera counts as gone (unplugged, or its driver stopped) once no frame has
 * come for {@link #SILENCE_NANOS} while it is read; a camera that takes long to start gets
 * {@link #START_NANOS} for its first frame.
 */
final class LatestFrame {
    static final long SILENCE_NANOS = 2_000_000_000L;
    static final long START_NANOS = 10_000_000_000L;

    private final int frameBytes;
    private final LongSupplier clock;
    private final CompletableFuture<Void> lost = new CompletableFuture<>();
    private final long openedAt;
    private byte[] latest;
    private byte[] spare;
    private boolean fresh;
    private long lastFrameAt;
    private boolean any;

    LatestFrame(int width, int height, LongSupplier clock) {
        this.frameBytes = I420.frameBytes(width, height);
        this.clock = clock;
        this.openedAt = clock.getAsLong();
        this.latest = black(width, height);
        this.spare = new byte[frameBytes];
    }

    /**
     * Hands over one frame: {@code convert} fills the I420 buffer it is given, on the camera's
     * thread, outside the lock a reader waits on.
     */
    void put(Consumer<byte[]> convert) {
        byte[] into;
        synchronized (this) {
            into = spare;
            spare = null;
        }
        if (into == null) {
            // Another frame is being converted (a camera calling from two threads): this one is dropped.
            return;
        }
        convert.accept(into);
        synchronized (this) {
            spare = latest;
            latest = into;
            fresh = true;
            any = true;
            lastFrameAt = clock.getAsLong();
        }
    }

    /** Copies the newest frame into {@code i420}; whether it is one not read before. */
    synchronized boolean read(byte[] i420) {
        System.arraycopy(latest, 0, i420, 0, frameBytes);
        boolean wasFresh = fresh;
        fresh = false;
        long now = clock.getAsLong();
        if (any ? now - lastFrameAt > SILENCE_NANOS : now - openedAt > START_NANOS) {
            lost.complete(null);
        }
        return wasFresh;
    }

    CompletableFuture<Void> lost() {
        return lost;
    }

    private static byte[] black(int width, int height) {
        byte[] frame = new byte[I420.frameBytes(width, height)];
        Arrays.fill(frame, 0, width * height, (byte) 16);
        Arrays.fill(frame, width * height, frame.length, (byte) 128);
        return frame;
    }
}
