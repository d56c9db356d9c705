package im.parley.media.video;

import java.util.concurrent.CompletableFuture;

/**
 * A camera that delivers frames from a thread of its own (a capture callback) rather than when
 * asked: its frames go through a {@link LatestFrame}, which the call's reads take from.
 */
abstract class PushingCamera extends FixedSizeVideoSource implements Cameras.Capture {
    protected final LatestFrame frames;
    private boolean closed;

    protected PushingCamera(int width, int height, int frameRate) {
        super(width, height, frameRate);
        this.frames = new LatestFrame(width, height, System::nanoTime);
    }

    /** Whether {@link #close} was called; a callback that comes after it does nothing. */
    protected final synchronized boolean closed() {
        return closed;
    }

    /** Stops the capture and frees the device; called once. */
    protected abstract void release();

    @Override
    public void read(byte[] i420) {
        frames.read(i420);
    }

    @Override
    public CompletableFuture<Void> lost() {
        return frames.lost();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        release();
    }
}
