package im.parley.client.call;

import im.parley.media.EchoTestCall;
import java.util.concurrent.CompletableFuture;

/**
 * The settings' test call: the microphone through the whole call pipeline to an echo and back
 * to the speaker. Needs no account; made by {@link CallMedia#echoTest}.
 */
public final class EchoTest implements AutoCloseable {
    private final EchoTestCall call;

    EchoTest(EchoTestCall call) {
        this.call = call;
    }

    /** Completes when the echo can be heard; fails as a real call's media would. */
    public CompletableFuture<Void> connected() {
        return call.connected();
    }

    /** The figures of our end, as for a real call; the test call has no ICE candidates to name. */
    public CallStatistics statistics() {
        return CallStatistics.opus(call.setupMillis(), null, null, call.counters());
    }

    @Override
    public void close() {
        call.close();
    }
}
