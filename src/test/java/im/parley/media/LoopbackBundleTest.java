package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSession;
import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.BundleDemux;
import im.parley.media.jitsi.JitsiAudioStream;
import im.parley.media.jitsi.JitsiVideoStream;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Voice and video bundled on one ICE transport and one DTLS session (RFC 8843): each side's tone
 * and pattern cross, told apart by payload type and SSRC.
 */
class LoopbackBundleTest {
    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    private static final class Endpoint implements AutoCloseable {
        final IceSession ice;
        final ReceivedAudio heard = new ReceivedAudio(null);
        final ReceivedVideo seen = new ReceivedVideo();
        final CompletableFuture<Void> dtlsVerified = new CompletableFuture<>();
        final JitsiAudioStream audio;
        final JitsiVideoStream video;
        final BundleDemux demux = new BundleDemux();

        Endpoint(int hz) throws Exception {
            ice = IceSession.gather("bundle", IceSettings.loopback());
            audio = new JitsiAudioStream(new ToneSource(hz, 0.5), heard, failure -> {
                if (failure == null) {
                    dtlsVerified.complete(null);
                } else {
                    dtlsVerified.completeExceptionally(failure);
                }
            });
            video = new JitsiVideoStream(new TestPatternSource(320, 240, 15), seen, audio);
            demux.videoPayloadType(JitsiVideoStream.VP8_PAYLOAD_TYPE);
        }

        CompletableFuture<IcePath> connect(Endpoint peer, boolean controlling, boolean dtlsClient) {
            return ice.start(controlling, Duration.ofSeconds(10)).thenApply(path -> {
                try {
                    video.start(ice.socket(), path.remote(), dtlsClient, peer.audio.fingerprintHash(),
                            peer.audio.fingerprint(), JitsiVideoStream.VP8_PAYLOAD_TYPE, demux);
                    audio.start(ice.socket(), path.remote(), dtlsClient, peer.audio.fingerprintHash(),
                            peer.audio.fingerprint(), MediaLeg.OPUS_PAYLOAD_TYPE, demux);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return path;
            });
        }

        @Override
        public void close() {
            video.close();
            audio.close();
            ice.close();
        }
    }

    @Test
    void voiceAndVideoShareOneTransportBothWays() throws Exception {
        try (Endpoint caller = new Endpoint(440); Endpoint callee = new Endpoint(660)) {
            assertThat(caller.video.fingerprint()).as("one DTLS session per transport").isEqualTo(caller.audio.fingerprint());
            caller.ice.setRemote(callee.ice.ufrag(), callee.ice.password(), callee.ice.localCandidates());
            callee.ice.setRemote(caller.ice.ufrag(), caller.ice.password(), caller.ice.localCandidates());
            CompletableFuture<IcePath> callerUp = caller.connect(callee, true, true);
            CompletableFuture<IcePath> calleeUp = callee.connect(caller, false, false);
            callerUp.get(10, TimeUnit.SECONDS);
            calleeUp.get(10, TimeUnit.SECONDS);
            caller.dtlsVerified.get(10, TimeUnit.SECONDS);
            callee.dtlsVerified.get(10, TimeUnit.SECONDS);
            Thread.sleep(3000);

            for (Endpoint side : List.of(caller, callee)) {
                assertThat(side.seen.count()).as("frames in 3 s").isGreaterThanOrEqualTo(20);
                assertThat(side.seen.frames()).allMatch(f -> f.width() == 320 && f.barWhereDrawn());
                assertThat(side.audio.counters().packetsLost()).isZero();
                assertThat(side.video.counters().packetsLost()).isZero();
            }
            assertThat(callee.heard.toneShare(440)).isGreaterThan(0.8);
            assertThat(caller.heard.toneShare(660)).isGreaterThan(0.8);
        }
    }
}
