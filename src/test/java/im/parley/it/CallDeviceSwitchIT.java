package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.Call;
import im.parley.client.call.CallEndedException;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Microphone and speaker changed in the middle of a call over Prosody, the stream left alone. */
class CallDeviceSwitchIT {
    private final TestServer server = TestServer.prosody();

    @Test
    void theFarEndHearsTheNewMicrophoneAndTheNewSpeakerGetsTheAudio() throws Exception {
        CallSettings settings = CallSettings.defaults(IceSettings.loopback()).withRingTimeout(Duration.ofSeconds(20))
                .withConnectTimeout(Duration.ofSeconds(5));
        CompletableFuture<Call> bobRang = new CompletableFuture<>();
        ReceivedAudio heardByAlice = new ReceivedAudio(null);
        ReceivedAudio heardByBob = new ReceivedAudio(null);
        try (TestSession alice = TestSession.fresh(server, "switcher");
             TestSession bob = TestSession.fresh(server, "listener");
             CallService aliceCalls = new CallService(alice.client(), settings, call -> { });
             CallService bobCalls = new CallService(bob.client(), settings, bobRang::complete)) {
            ToneSource firstMicrophone = new ToneSource(440, 0.5);
            Call outgoing = aliceCalls.call(bob.jid(), firstMicrophone, heardByAlice);
            Call incoming = bobRang.get(10, TimeUnit.SECONDS);
            incoming.accept(new ToneSource(660, 0.5), heardByBob);
            outgoing.connected().get(15, TimeUnit.SECONDS);
            await(() -> heardByBob.toneShare(440) > 0.8, "bob never heard the first microphone");

            AudioSource replaced = outgoing.switchMicrophone(new ToneSource(880, 0.5)).get(5, TimeUnit.SECONDS);

            assertThat(replaced).isSameAs(firstMicrophone);
            await(() -> heardByBob.toneShare(880) > 0.8, "bob never heard the second microphone");
            long packetsBefore = outgoing.statistics().packetsSent();

            ReceivedAudio newSpeaker = new ReceivedAudio(null);
            AudioSink oldSpeaker = incoming.switchSpeaker(newSpeaker).get(5, TimeUnit.SECONDS);
            assertThat(oldSpeaker).isSameAs(heardByBob);
            long oldHeard = heardByBob.samples();
            await(() -> newSpeaker.toneShare(880) > 0.8, "the new speaker never got the call's audio");
            // Nothing more reaches the old speaker; one decoded block may have been on its way.
            assertThat(heardByBob.samples() - oldHeard).isLessThanOrEqualTo(2L * 960);
            assertThat(outgoing.statistics().packetsSent()).as("the same stream goes on").isGreaterThan(packetsBefore);
            assertThat(outgoing.statistics().packetsLost()).isZero();
            assertThat(outgoing.state()).isEqualTo(Call.State.ACTIVE);

            outgoing.hangUp();
            incoming.ended().get(10, TimeUnit.SECONDS);
            assertThat(outgoing.switchMicrophone(firstMicrophone))
                    .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(CallEndedException.class);
        }
    }

}
