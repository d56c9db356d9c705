package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The call's round-trip time from RTCP between two of our own ends on loopback: the wire takes
 * well under a millisecond, libjitsi's send and receive threads a few more; from FMJ's own stamps
 * the figure was 20-480 ms (about 200 ms in this very test).
 */
class RoundTripTimeTest {
    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @Test
    void loopbackRoundTripIsTensOfMillisecondsAtMost() throws Exception {
        try (EchoTestCall call = EchoTestCall.start(new ToneSource(440, 0.5), new ReceivedAudio(null))) {
            call.connected().get(15, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            long first = -1;
            while (first < 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                first = call.counters().rttMs();
            }
            assertThat(first).as("a round trip from the first report about our stream").isBetween(0L, 50L);
        }
    }
}
