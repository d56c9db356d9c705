package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.media.video.I420;
import im.parley.media.video.TestPatternSource;
import im.parley.media.video.VideoSink;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.jid.Jid;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls between Parley and an independent implementation: ../shared/peers/jingle_peer.py (slixmpp
 * signalling, aiortc ICE, DTLS-SRTP and Opus), both directions, each side hearing the other's tone;
 * and video calls with src/test/peers/jingle_video_peer.py (the same peer with aiortc's VP8, one
 * Jingle content and ICE stream per medium), each side decoding the other's pictures.
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

    /** With --bundle the peer translates XEP-0338 groups, and aiortc bundles as WebRTC does; without, it never does. */
    private static String[] videoPeer(boolean bundle, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        if (bundle) {
            all.add("--bundle");
        }
        return all.toArray(String[]::new);
    }

    @ParameterizedTest(name = "peer bundles: {0}")
    @ValueSource(booleans = {true, false})
    void parleyVideoCallsTheVideoPeer(boolean bundle) throws Exception {
        File peerHeard = dir.resolve("peer.wav").toFile();
        PeerPicture seen = new PeerPicture();
        try (SlixmppPeer peer = SlixmppPeer.startVideoCallPeer(server, peerAccount.withResource("camera"), TestSession.PASSWORD,
                videoPeer(bundle, "--answer", "--tone", "660", "--record", peerHeard.getPath(), "--timeout", "60"))) {
            Call call = calls.videoCall(peerAccount, new ToneSource(440, 0.5), heardByParley,
                    new TestPatternSource(320, 240, 15), seen);
            call.connected().get(30, TimeUnit.SECONDS);
            seen.await(25, 30);
            awaitAudio(2);
            assertThat(call.hasVideo()).as("the peer answered with video").isTrue();
            assertThat(call.isBundled()).as("video on the voice's transport").isEqualTo(bundle);
            assertThat(heardByParley.toneShare(660)).isGreaterThan(0.8);
            assertThePeersPicture(seen.frames());
            call.hangUp();
            assertThat(call.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);

            assertThat(peer.exitCode(30)).as("the peer ended with success and received audio and video").isZero();
            assertThePeerSawVideo(peer);
            assertThat(RecordedTone.share(peerHeard, 440)).isGreaterThan(0.8);
        }
    }

    @ParameterizedTest(name = "peer bundles: {0}")
    @ValueSource(booleans = {true, false})
    void theVideoPeerCallsParley(boolean bundle) throws Exception {
        File peerHeard = dir.resolve("peer.wav").toFile();
        PeerPicture seen = new PeerPicture();
        try (SlixmppPeer peer = SlixmppPeer.startVideoCallPeer(server, peerAccount.withResource("camera"), TestSession.PASSWORD,
                videoPeer(bundle, "--call", parley.jid().toString(), "--tone", "440", "--record", peerHeard.getPath(),
                "--duration", "4", "--timeout", "60"))) {
            Call call = rang.get(30, TimeUnit.SECONDS);
            assertThat(call.peer().bare()).isEqualTo(peerAccount);
            assertThat(call.hasVideo()).as("the ringing call offers video").isTrue();
            call.accept(new ToneSource(660, 0.5), heardByParley, new TestPatternSource(320, 240, 15), seen);
            call.connected().get(30, TimeUnit.SECONDS);
            seen.await(25, 30);
            assertThat(call.hasVideo()).isTrue();
            assertThat(call.isBundled()).as("video on the voice's transport").isEqualTo(bundle);

            CallEnd end = call.ended().get(30, TimeUnit.SECONDS);
            assertThat(end.condition()).isEqualTo(Condition.SUCCESS);
            assertThat(end.byPeer()).isTrue();
            assertThat(heardByParley.toneShare(440)).isGreaterThan(0.8);
            assertThePeersPicture(seen.frames());
            assertThat(peer.exitCode(30)).isZero();
            assertThePeerSawVideo(peer);
            assertThat(RecordedTone.share(peerHeard, 660)).isGreaterThan(0.8);
        }
    }

    /** Every frame Parley decoded is the peer's 320x240 picture: blue on the left, a bar that moves on the right. */
    private static void assertThePeersPicture(List<PeerPicture.Frame> frames) {
        assertThat(frames).hasSizeGreaterThanOrEqualTo(20).allSatisfy(f -> {
            assertThat(f.width()).isEqualTo(320);
            assertThat(f.height()).isEqualTo(240);
            assertThat(new int[] {f.y(), f.u(), f.v()}).as("mean Y, U, V of the left half").satisfies(yuv -> {
                assertThat(yuv[0]).isCloseTo(PeerPicture.BLUE[0], within(16));
                assertThat(yuv[1]).isCloseTo(PeerPicture.BLUE[1], within(16));
                assertThat(yuv[2]).isCloseTo(PeerPicture.BLUE[2], within(16));
            });
            assertThat(f.bar()).as("the white bar is in the right half").isGreaterThanOrEqualTo(160);
        });
        assertThat(frames.stream().mapToInt(PeerPicture.Frame::bar).distinct().count()).as("the bar moves").isGreaterThan(5);
    }

    /** The peer's call_ended: it negotiated video and decoded Parley's 320x240 frames. */
    private static void assertThePeerSawVideo(SlixmppPeer peer) throws InterruptedException {
        String ended = peer.await(SlixmppPeer.event("call_ended"), 5);
        assertThat(SlixmppPeer.field(ended, "video")).as(ended).isEqualTo("true");
        assertThat(Integer.parseInt(SlixmppPeer.field(ended, "video_frames"))).as(ended).isGreaterThan(10);
        assertThat(SlixmppPeer.field(ended, "video_width")).as(ended).isEqualTo("320");
        assertThat(SlixmppPeer.field(ended, "video_height")).as(ended).isEqualTo("240");
    }

    /**
     * Parley's screen in the video tests, checking the peer's picture (jingle_video_peer.py's
     * PatternTrack): the left half solid blue, BT.601 Y 41, U 240, V 110; on the right a white bar
     * 16 px wide on dark grey, 8 px further each frame.
     */
    private static final class PeerPicture implements VideoSink {
        static final int[] BLUE = {41, 240, 110};
        /** Mean Y, U and V of the left half (8 px in from its edges); the bar's left edge, the brightest column on the right. */
        record Frame(int width, int height, int y, int u, int v, int bar) {
        }

        private final List<Frame> frames = new ArrayList<>();

        @Override
        public void frame(int width, int height, byte[] i420) {
            int cw = I420.chromaWidth(width);
            int ch = I420.chromaHeight(height);
            int y = mean(i420, 0, width, 8, width / 2 - 8, 8, height - 8);
            int u = mean(i420, width * height, cw, 4, cw / 2 - 4, 4, ch - 4);
            int v = mean(i420, width * height + cw * ch, cw, 4, cw / 2 - 4, 4, ch - 4);
            int bar = -1;
            int brightest = -1;
            for (int x = width / 2; x < width; x++) {
                int column = mean(i420, 0, width, x, x + 1, 8, height - 8);
                if (column > brightest + 8) { // the bar's left edge, not a column inside it
                    brightest = column;
                    bar = x;
                }
            }
            synchronized (frames) {
                frames.add(new Frame(width, height, y, u, v, bar));
                frames.notifyAll();
            }
        }

        private static int mean(byte[] plane, int offset, int stride, int x0, int x1, int y0, int y1) {
            long sum = 0;
            for (int row = y0; row < y1; row++) {
                for (int x = x0; x < x1; x++) {
                    sum += plane[offset + row * stride + x] & 0xff;
                }
            }
            return (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
        }

        void await(int count, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (frames) {
                while (frames.size() < count) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    assertThat(left).as("Parley decoded only " + frames.size() + " frames of the peer's video").isPositive();
                    frames.wait(left);
                }
            }
        }

        List<Frame> frames() {
            synchronized (frames) {
                return List.copyOf(frames);
            }
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
