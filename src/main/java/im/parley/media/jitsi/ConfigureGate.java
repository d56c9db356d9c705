package im.parley.media.jitsi;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.media.ConfigureCompleteEvent;
import javax.media.ControllerEvent;
import javax.media.Processor;

/**
 * Holds a libjitsi device session's new processor until its configure-complete handler has run.
 * libjitsi waits for the processor to reach Configured, then realizes it; the format (Opus, VP8)
 * is set on it by that handler, on FMJ's event thread, and a realize that comes first leaves the
 * track in raw PCM: the call is silent one way (seen in the call benchmark on a loaded machine).
 */
final class ConfigureGate {
    private static final Logger LOG = Logger.getLogger(ConfigureGate.class.getName());
    private static final long MAX_WAIT_MILLIS = 2_000;

    private final CountDownLatch handled = new CountDownLatch(1);

    /** Called after the session's own handling of a processor event. */
    void processorEvent(ControllerEvent event) {
        if (event instanceof ConfigureCompleteEvent) {
            handled.countDown();
        }
    }

    /** The processor just created and configured, once its handler has run; null stays null. */
    Processor afterCreated(Processor processor) {
        if (processor == null) {
            return null;
        }
        try {
            if (!handled.await(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warning("the processor's configure-complete handler did not run within " + MAX_WAIT_MILLIS + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return processor;
    }
}
