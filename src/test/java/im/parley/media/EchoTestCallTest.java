package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings' test call: the microphone's tone comes back on the speaker through the whole pipeline. */
class EchoTestCallTest {
    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @Test
    void theMicrophoneComesBackOnTheSpeaker() throws Exception {
        ReceivedAudio speaker = new ReceivedAudio(null);
        try (EchoTestCall test = EchoTestCall.start(new ToneSource(523, 0.5), speaker)) {
            test.connected().get(15, TimeUnit.SECONDS);
            assertThat(test.setupMillis()).isPositive();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (speaker.samples() < 2L * AudioFormat48k.SAMPLE_RATE && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(speaker.toneShare(523)).as("our own tone, echoed").isGreaterThan(0.8);
            assertThat(test.counters().packetsReceived()).isGreaterThan(50);
            assertThat(test.counters().packetsLost()).isZero();
        }
    }
}
