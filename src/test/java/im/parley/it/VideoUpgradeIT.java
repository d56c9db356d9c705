package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.Call;
import im.parley.client.call.CallListener;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Video switched on in a running voice call and off again (XEP-0166 content-add, -accept,
 * -reject, -remove) between two Parley sessions on Prosody; either side may offer its camera.
 */
class VideoUpgradeIT {
    private final TestServer server = TestServer.prosody();
    private final ReceivedAudio heardByAlice = new ReceivedAudio(null);
    private final ReceivedAudio heardByBob = new ReceivedAudio(null);
    private final CompletableFuture<Call> bobRang = new CompletableFuture<>();
    private final CompletableFuture<Call> bobOfferedVideo = new CompletableFuture<>();
    private final CompletableFuture<Call> aliceOfferedVideo = new CompletableFuture<>();
    private TestSession alice;
    private TestSession bob;
    private CallService aliceCalls;
    private CallService bobCalls;
    private Call outgoing;
    private Call incoming;

    @BeforeEach
    void aVoiceCall() throws Exception {
        alice = TestSession.fresh(server, "upgrade-caller");
        bob = TestSession.fresh(server, "upgrade-callee");
        CallSettings settings = CallSettings.defaults(IceSettings.loopback())
                .withRingTimeout(Duration.ofSeconds(20)).withConnectTimeout(Duration.ofSeconds(5));
        aliceCalls = new CallService(alice.client(), settings, new CallListener() {
            @Override
            public void incomingCall(Call call) {
                call.reject();
            }

            @Override
            public void videoOffered(Call call) {
                aliceOfferedVideo.complete(call);
            }
        });
        bobCalls = new CallService(bob.client(), settings, new CallListener() {
            @Override
            public void incomingCall(Call call) {
                bobRang.complete(call);
            }

            @Override
            public void videoOffered(Call call) {
                bobOfferedVideo.complete(call);
            }
        });
        aliceCalls.warmUp();
        outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        incoming = bobRang.get(10, TimeUnit.SECONDS);
        incoming.accept(new ToneSource(660, 0.5), heardByBob);
        outgoing.connected().get(15, TimeUnit.SECONDS);
        incoming.connected().get(15, TimeUnit.SECONDS);
        assertThat(outgoing.hasVideo()).isFalse();
    }

    @AfterEach
    void hangUp() {
        aliceCalls.close();
        bobCalls.close();
        alice.close();
        bob.close();
    }

    @Test
    void theCallerTurnsVideoOnTheCalleeAcceptsThenTheCalleeTurnsItOff() throws Exception {
        ReceivedVideo aliceSees = new ReceivedVideo();
        ReceivedVideo bobSees = new ReceivedVideo();
        CompletableFuture<Void> started = outgoing.addVideo(new TestPatternSource(320, 240, 15), aliceSees);
        Call offered = bobOfferedVideo.get(10, TimeUnit.SECONDS);
        assertThat(offered).isSameAs(incoming);
        incoming.acceptVideo(new TestPatternSource(320, 240, 15), bobSees);
        started.get(15, TimeUnit.SECONDS);

        await(() -> aliceSees.count() >= 20 && bobSees.count() >= 20, "20 frames each way");
        for (ReceivedVideo seen : List.of(aliceSees, bobSees)) {
            assertThat(seen.frames()).allSatisfy(f -> {
                assertThat(f.width()).isEqualTo(320);
                assertThat(f.height()).isEqualTo(240);
                assertThat(f.barWhereDrawn()).isTrue();
            });
        }
        assertThat(outgoing.hasVideo()).isTrue();
        assertThat(incoming.hasVideo()).isTrue();

        incoming.removeVideo();
        await(() -> !outgoing.hasVideo() && !incoming.hasVideo(), "the video removed on both sides");
        long heard = heardByAlice.samples();
        await(() -> heardByAlice.samples() > heard + 48_000, "the voice goes on after the video");
        assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
        assertThat(outgoing.state()).isEqualTo(Call.State.ACTIVE);
    }

    @Test
    void theCalleeOffersVideoTheCallerDeclinesAndTheCallStaysAVoiceCall() throws Exception {
        CompletableFuture<Void> started = incoming.addVideo(new TestPatternSource(320, 240, 15), new ReceivedVideo());
        aliceOfferedVideo.get(10, TimeUnit.SECONDS).rejectVideo();

        assertThat(started).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("declined");
        assertThat(incoming.hasVideo()).isFalse();
        assertThat(outgoing.hasVideo()).isFalse();
        long heard = heardByBob.samples();
        await(() -> heardByBob.samples() > heard + 48_000, "the voice goes on");
        assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
    }
}
