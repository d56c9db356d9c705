package im.parley.media.jitsi;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import javax.media.control.FormatControl;
import javax.media.protocol.BufferTransferHandler;
import javax.media.protocol.PushBufferDataSource;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferStream;

/**
 * A push stream whose own thread hands one frame to libjitsi every period, as a microphone or
 * camera would; subclasses fill the frame in {@link #read}.
 */
abstract class PacedPushBufferStream<T extends PushBufferDataSource> extends AbstractPushBufferStream<T> implements Runnable {
    private final long periodNanos;
    private final String threadName;
    private Thread thread;

    PacedPushBufferStream(T device, FormatControl formatControl, long periodNanos, String threadName) {
        super(device, formatControl);
        this.periodNanos = periodNanos;
        this.threadName = threadName;
    }

    @Override
    public synchronized void start() throws IOException {
        super.start();
        if (thread == null) {
            thread = new Thread(this, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() throws IOException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
        super.stop();
    }

    /** Paced by the clock, not by sleeps added up, so the frame rate does not drift. */
    @Override
    public void run() {
        long next = System.nanoTime();
        while (Thread.currentThread() == thread) {
            BufferTransferHandler handler = transferHandler;
            if (handler != null) {
                handler.transferData(this);
            }
            next += periodNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -10 * periodNanos) {
                next = System.nanoTime();
            }
            if (Thread.interrupted()) {
                return;
            }
        }
    }
}
