package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.media.video.TestPatternSource;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.jid.Jid;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls between Parley and an independent implementation: ../shared/peers/jingle_peer.py (slixmpp
 * signalling, aiortc ICE, DTLS-SRTP and Opus), both directions, each side hearing the other's tone.
 */
class JinglePeerInteropIT {
    private final TestServer server = TestServer.prosody();
    private final ReceivedAudio heardByParley = new ReceivedAudio(null);
    private final CompletableFuture<Call> rang = new CompletableFuture<>();

    @TempDir
    Path dir;

    private TestSession parley;
    private CallService calls;
    private Jid peerAccount;

    @BeforeEach
    void online() throws Exception {
        parley = TestSession.fresh(server, "interop");
        peerAccount = TestSession.register(server, "aiortc");
        calls = new CallService(parley.client(), CallSettings.defaults(IceSettings.loopback())
                .withRingTimeout(Duration.ofSeconds(30)), rang::complete);
        calls.warmUp();
    }

    @AfterEach
    void offline() {
        calls.close();
        parley.close();
    }

    @Test
    void parleyCallsThePeer() throws Exception {
        File peerHeard = dir.resolve("peer.wav").toFile();
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(server, peerAccount.withResource("phone"), TestSession.PASSWORD,
                "--answer", "--tone", "660", "--record", peerHeard.getPath(), "--timeout", "60")) {
            Call call = calls.call(peerAccount, new ToneSource(440, 0.5), heardByParley);
            call.connected().get(30, TimeUnit.SECONDS);
            awaitAudio(3);
            assertThat(heardByParley.toneShare(660)).isGreaterThan(0.8);
            assertThat(call.statistics().packetsLost()).isZero();
            call.hangUp();
            assertThat(call.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);

            assertThat(peer.exitCode(30)).as("the peer ended with success and received audio").isZero();
            peer.await(SlixmppPeer.event("session_terminate"), 5);
            assertThat(RecordedTone.share(peerHeard, 440)).isGreaterThan(0.8);
        }
    }

    @Test
    void thePeerCallsParley() throws Exception {
        File peerHeard = dir.resolve("peer.wav").toFile();
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(server, peerAccount.withResource("phone"), TestSession.PASSWORD,
                "--call", parley.jid().toString(), "--tone", "440", "--record", peerHeard.getPath(),
                "--duration", "4", "--timeout", "60")) {
            Call call = rang.get(30, TimeUnit.SECONDS);
            assertThat(call.peer().bare()).isEqualTo(peerAccount);
            call.accept(new ToneSource(660, 0.5), heardByParley);
            call.connected().get(30, TimeUnit.SECONDS);

            CallEnd end = call.ended().get(30, TimeUnit.SECONDS);
            assertThat(end.condition()).isEqualTo(Condition.SUCCESS);
            assertThat(end.byPeer()).isTrue();
            assertThat(heardByParley.toneShare(440)).isGreaterThan(0.8);
            assertThat(call.statistics().packetsReceived()).isGreaterThan(100);
            assertThat(peer.exitCode(30)).isZero();
            assertThat(RecordedTone.share(peerHeard, 660)).isGreaterThan(0.8);
        }
    }

    @Test
    void aVideoCallToThePeerBecomesAVoiceCall() throws Exception {
        File peerHeard = dir.resolve("peer.wav").toFile();
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(server, peerAccount.withResource("phone"), TestSession.PASSWORD,
                "--answer", "--tone", "660", "--record", peerHeard.getPath(), "--timeout", "60")) {
            Call call = calls.videoCall(peerAccount, new ToneSource(440, 0.5), heardByParley,
                    new TestPatternSource(320, 240, 15), (width, height, i420) -> { });
            call.connected().get(30, TimeUnit.SECONDS);
            assertThat(call.hasVideo()).as("the peer answers audio only").isFalse();
            awaitAudio(2);
            assertThat(heardByParley.toneShare(660)).isGreaterThan(0.8);
            call.hangUp();
            assertThat(peer.exitCode(30)).isZero();
            assertThat(RecordedTone.share(peerHeard, 440)).isGreaterThan(0.8);
        }
    }

    private void awaitAudio(int seconds) throws InterruptedException {
        long wanted = (long) seconds * AudioFormat48k.SAMPLE_RATE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (heardByParley.samples() < wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
