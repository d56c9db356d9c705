package im.parley.media.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The thread of a microphone or speaker: it moves audio between the device and the ring the
 * media thread uses, so the media thread never waits for a device, and it stops with them.
 */
final class DeviceThread {
    private static final Logger LOG = Logger.getLogger(DeviceThread.class.getName());

    /** One device's copy loop; returns when the device or the ring has ended. */
    interface Transfer {
        void run() throws IOException;
    }

    private final String device;
    private final SampleRing ring;
    private final Runnable closeLine;
    private final Thread thread;
    private final CompletableFuture<Void> lost = new CompletableFuture<>();
    private volatile boolean closed;

    DeviceThread(String device, SampleRing ring, Runnable closeLine, Transfer transfer) {
        this.device = device;
        this.ring = ring;
        this.closeLine = closeLine;
        this.thread = new Thread(() -> run(transfer), "parley-" + device);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run(Transfer transfer) {
        try {
            transfer.run();
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // A device unplugged mid-call: whoever opened it picks another.
            if (!closed) {
                LOG.log(Level.WARNING, "the " + device + " stopped", e);
            }
        } finally {
            ring.close();
            // The line's end of stream without our close is a device gone too.
            if (!closed) {
                lost.complete(null);
            }
        }
    }

    /** Completes when the device stopped without {@link #close()}. */
    CompletableFuture<Void> lost() {
        return lost;
    }

    /** Stops the device and the thread. */
    void close() {
        closed = true;
        ring.close();
        closeLine.run();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
