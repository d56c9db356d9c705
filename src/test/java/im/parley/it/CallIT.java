package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallListener;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.client.call.CallStatistics;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import im.parley.xmpp.ext.carbons.CarbonManager;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Parley sessions on the real Prosody call each other: XEP-0353 ringing on the bare JID,
 * Jingle RTP over ICE on loopback with DTLS-SRTP, Opus tones both ways (XEP-0166, 0167, 0176, 0320).
 */
class CallIT {
    private final TestServer server = TestServer.prosody();
    private final ReceivedAudio heardByAlice = new ReceivedAudio(null);
    private final ReceivedAudio heardByBob = new ReceivedAudio(null);
    private final CompletableFuture<Call> bobRang = new CompletableFuture<>();
    private TestSession alice;
    private TestSession bob;
    private CallService aliceCalls;
    private CallService bobCalls;

    @BeforeEach
    void online() throws Exception {
        alice = TestSession.fresh(server, "caller");
        bob = TestSession.fresh(server, "callee");
    }

    private void aliceCallsWith(IceSettings ice) {
        aliceCalls = new CallService(alice.client(), settings(ice), ignoring());
        aliceCalls.warmUp();
    }

    private static CallSettings settings(IceSettings ice) {
        return CallSettings.defaults(ice).withRingTimeout(Duration.ofSeconds(20)).withConnectTimeout(Duration.ofSeconds(5));
    }

    private void bobAnswersWith(IceSettings ice) {
        bobCalls = new CallService(bob.client(), settings(ice), ringing(bobRang::complete));
    }

    @AfterEach
    void offline() {
        if (aliceCalls != null) {
            aliceCalls.close();
        }
        if (bobCalls != null) {
            bobCalls.close();
        }
        alice.close();
        bob.close();
    }

    @Test
    void aCallRingsTheContactsDevicesConnectsAndCarriesBothTones() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        Call incoming = bobRang.get(10, TimeUnit.SECONDS);
        assertThat(incoming.peer().bare()).isEqualTo(alice.jid());
        incoming.accept(new ToneSource(660, 0.5), heardByBob);

        outgoing.connected().get(15, TimeUnit.SECONDS);
        incoming.connected().get(15, TimeUnit.SECONDS);
        assertThat(outgoing.state()).isEqualTo(Call.State.ACTIVE);
        assertThat(outgoing.peer().bare()).isEqualTo(bob.jid());
        assertThat(outgoing.peer().resource()).as("the answering device").isNotNull();
        awaitAudio(2);

        assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
        assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
        CallStatistics stats = outgoing.statistics();
        assertThat(stats.setupMillis()).isPositive();
        assertThat(stats.localCandidate()).isEqualTo("host");
        assertThat(outgoing.transport()).isEqualTo("ice-udp");
        assertThat(stats.packetsReceived()).isGreaterThan(50);
        assertThat(stats.packetsLost()).isZero();
        assertThat(incoming.statistics().packetsLost()).isZero();

        assertThat(incoming.peerAudioLevel()).as("the audio level header extension agreed: bob sees alice speak")
                .isBetween(0, 29);
        outgoing.mute(true);
        Thread.sleep(1500);
        assertThat(heardByBob.toneShare(440)).as("muted: bob hears silence").isLessThan(0.1);
        assertThat(incoming.peerAudioLevel()).isEqualTo(127);
        assertThat(heardByAlice.toneShare(660)).as("alice still hears bob").isGreaterThan(0.8);
        outgoing.mute(false);
        Thread.sleep(1500);
        assertThat(heardByBob.toneShare(440)).as("unmuted").isGreaterThan(0.8);

        outgoing.hangUp();
        CallEnd bobSaw = incoming.ended().get(10, TimeUnit.SECONDS);
        assertThat(bobSaw.condition()).isEqualTo(Condition.SUCCESS);
        assertThat(bobSaw.byPeer()).isTrue();
        assertThat(outgoing.ended().get(5, TimeUnit.SECONDS).byPeer()).isFalse();
        assertThat(aliceCalls.calls()).isEmpty();
        assertThat(bobCalls.calls()).isEmpty();
    }

    @Test
    void aVideoCallCarriesPicturesBothWaysBesideTheVoice() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        ReceivedVideo aliceSees = new ReceivedVideo();
        ReceivedVideo bobSees = new ReceivedVideo();
        Call outgoing = aliceCalls.videoCall(bob.jid(), new ToneSource(440, 0.5), heardByAlice,
                new TestPatternSource(320, 240, 15), aliceSees);
        Call incoming = bobRang.get(10, TimeUnit.SECONDS);
        assertThat(incoming.hasVideo()).as("the ringing call offers video").isTrue();
        incoming.accept(new ToneSource(660, 0.5), heardByBob, new TestPatternSource(320, 240, 15), bobSees);

        outgoing.connected().get(15, TimeUnit.SECONDS);
        awaitAudio(3);
        assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
        assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
        // Pictures may start a little after the voice on a loaded machine: a lost first keyframe
        // costs a keyframe request and its answer.
        await(() -> aliceSees.count() > 20 && bobSees.count() > 20, "20 frames each way");
        for (ReceivedVideo seen : List.of(aliceSees, bobSees)) {
            assertThat(seen.frames()).allSatisfy(f -> {
                assertThat(f.width()).isEqualTo(320);
                assertThat(f.height()).isEqualTo(240);
                assertThat(f.barWhereDrawn()).isTrue();
            });
        }
        assertThat(outgoing.hasVideo()).isTrue();
        assertThat(outgoing.isBundled()).as("both offer BUNDLE: video on the voice's transport").isTrue();
        assertThat(incoming.isBundled()).isTrue();
        assertThat(outgoing.videoKeyFrames().keyFramesSent()).as("our encoder, which can be asked for keyframes").isPositive();

        outgoing.camera(false);
        Thread.sleep(1000);
        // A black frame reads as frame number 0, which the running pattern left long ago.
        assertThat(bobSees.frames().get(bobSees.count() - 1).number()).as("camera off: bob sees black").isZero();
        outgoing.camera(true);
        Thread.sleep(1000);
        int lastSeen = bobSees.count();
        Thread.sleep(1000);
        assertThat(bobSees.count()).as("camera on again: frames keep coming").isGreaterThan(lastSeen + 10);
        ReceivedVideo.Frame latest = bobSees.frames().get(bobSees.count() - 1);
        assertThat(latest.number()).as("and show the pattern again").isPositive();
        assertThat(latest.barWhereDrawn()).isTrue();
        outgoing.hangUp();
        assertThat(incoming.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);
    }

    @Test
    void aVideoCallAnsweredWithVoiceOnlyStaysAVoiceCall() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        ReceivedVideo aliceSees = new ReceivedVideo();
        Call outgoing = aliceCalls.videoCall(bob.jid(), new ToneSource(440, 0.5), heardByAlice,
                new TestPatternSource(320, 240, 15), aliceSees);
        bobRang.get(10, TimeUnit.SECONDS).accept(new ToneSource(660, 0.5), heardByBob);

        outgoing.connected().get(15, TimeUnit.SECONDS);
        awaitAudio(2);
        assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
        assertThat(outgoing.hasVideo()).isFalse();
        assertThat(aliceSees.count()).isZero();
        outgoing.hangUp();
    }

    @Test
    void whenOneDeviceAnswersTheOtherStopsRinging() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        CompletableFuture<Call> phoneRang = new CompletableFuture<>();
        try (TestSession bobPhone = TestSession.online(server, bob.jid());
                CallService phoneCalls = new CallService(bobPhone.client(), settings(IceSettings.loopback()),
                        ringing(phoneRang::complete))) {
            // XEP-0353 relies on carbons for this: the answering device's proceed is copied to the others.
            new CarbonManager(bob.client()).enable().get(10, TimeUnit.SECONDS);
            new CarbonManager(bobPhone.client()).enable().get(10, TimeUnit.SECONDS);

            Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
            Call onDesk = bobRang.get(10, TimeUnit.SECONDS);
            Call onPhone = phoneRang.get(10, TimeUnit.SECONDS);
            assertThat(onPhone.id()).isEqualTo(onDesk.id());
            onDesk.accept(new ToneSource(660, 0.5), heardByBob);

            CallEnd phoneSaw = onPhone.ended().get(10, TimeUnit.SECONDS);
            assertThat(phoneSaw.condition()).isEqualTo(Condition.CANCEL);
            assertThat(phoneSaw.text()).contains("another device");
            outgoing.connected().get(15, TimeUnit.SECONDS);
            assertThat(outgoing.peer()).isEqualTo(bob.client().jid());
            outgoing.hangUp();
            assertThat(onDesk.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);
        }
    }

    @Test
    void rawUdpIsOfferedWhereIceIsNotAndTheAnswerFollowsTheOffer() throws Exception {
        aliceCalls = new CallService(alice.client(), settings(IceSettings.loopback()).withRawUdp(), ignoring());
        bobAnswersWith(IceSettings.loopback());
        Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        Call incoming = bobRang.get(10, TimeUnit.SECONDS);
        incoming.accept(new ToneSource(660, 0.5), heardByBob);

        outgoing.connected().get(15, TimeUnit.SECONDS);
        incoming.connected().get(15, TimeUnit.SECONDS);
        assertThat(outgoing.transport()).isEqualTo("raw-udp");
        assertThat(incoming.transport()).as("bob prefers ICE but follows the offer").isEqualTo("raw-udp");
        awaitAudio(2);
        assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
        assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
        assertThat(outgoing.statistics().packetsLost()).isZero();
        outgoing.hangUp();
        assertThat(outgoing.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);
    }

    @Test
    void theCalleeDeclines() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        bobRang.get(10, TimeUnit.SECONDS).reject();

        CallEnd end = outgoing.ended().get(10, TimeUnit.SECONDS);
        assertThat(end.condition()).isEqualTo(Condition.DECLINE);
        assertThat(end.byPeer()).isTrue();
        assertThatThrownBy(() -> outgoing.connected().get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void theCallerHangsUpBeforeTheAnswer() throws Exception {
        aliceCallsWith(IceSettings.loopback());
        bobAnswersWith(IceSettings.loopback());
        Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        Call incoming = bobRang.get(10, TimeUnit.SECONDS);
        outgoing.hangUp();

        CallEnd bobSaw = incoming.ended().get(10, TimeUnit.SECONDS);
        assertThat(bobSaw.condition()).isEqualTo(Condition.CANCEL);
        assertThat(bobSaw.byPeer()).isTrue();
        assertThat(outgoing.ended().get(5, TimeUnit.SECONDS).condition()).isEqualTo(Condition.CANCEL);
    }

    @Test
    void noPathBetweenTheDevicesEndsWithConnectivityError() throws Exception {
        // Neither side offers a candidate (relay only, and no relay): no pair can answer a check.
        // One side alone would not do: ICE learns the other's address from its checks (peer reflexive).
        aliceCallsWith(IceSettings.loopback().relayOnly());
        bobAnswersWith(IceSettings.loopback().relayOnly());
        Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
        bobRang.get(10, TimeUnit.SECONDS).accept(new ToneSource(660, 0.5), heardByBob);

        CallEnd end = outgoing.ended().get(20, TimeUnit.SECONDS);
        assertThat(end.condition()).isIn(Condition.CONNECTIVITY_ERROR);
    }

    private void awaitAudio(int seconds) throws InterruptedException {
        long wanted = (long) seconds * AudioFormat48k.SAMPLE_RATE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while ((heardByAlice.samples() < wanted || heardByBob.samples() < wanted) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static CallListener ignoring() {
        return call -> { };
    }

    private static CallListener ringing(Consumer<Call> onRing) {
        return onRing::accept;
    }
}
