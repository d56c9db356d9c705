package im.parley.media;

import static im.parley.media.ProcessResources.liveThreads;
import static im.parley.media.ProcessResources.openSockets;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSession;
import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.JitsiVideoStream;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two endpoints in one JVM, each with its own ICE session on loopback: VP8 both ways over
 * DTLS-SRTP, 320x240 at 15 fps, the frame number and moving bar of the test pattern read back.
 */
class LoopbackVideoStreamTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 15;
    private static final long WATCH_NANOS = TimeUnit.SECONDS.toNanos(4);

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    /** One side of the call: its ICE session, its stream and what it saw. */
    private static final class Endpoint implements AutoCloseable {
        final IceSession ice;
        final ReceivedVideo seen = new ReceivedVideo();
        final CompletableFuture<Void> dtlsVerified = new CompletableFuture<>();
        final JitsiVideoStream stream;
        volatile long startedAt;
        volatile long verifiedAt;

        Endpoint() throws Exception {
            ice = IceSession.gather("video", IceSettings.loopback());
            stream = new JitsiVideoStream(new TestPatternSource(WIDTH, HEIGHT, FPS), seen, failure -> {
                if (failure == null) {
                    verifiedAt = System.nanoTime();
                    dtlsVerified.complete(null);
                } else {
                    dtlsVerified.completeExceptionally(failure);
                }
            });
        }

        CompletableFuture<IcePath> connect(Endpoint peer, boolean controlling, boolean dtlsClient) {
            return ice.start(controlling, Duration.ofSeconds(10)).thenApply(path -> {
                try {
                    startedAt = System.nanoTime();
                    stream.start(ice.socket(), path.remote(), dtlsClient, peer.stream.fingerprintHash(),
                            peer.stream.fingerprint(), JitsiVideoStream.VP8_PAYLOAD_TYPE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return path;
            });
        }

        @Override
        public void close() {
            stream.close();
            ice.close();
        }
    }

    @ParameterizedTest(name = "caller is the DTLS client: {0}")
    @ValueSource(booleans = {true, false})
    void patternCrossesBothWaysEncrypted(boolean callerIsDtlsClient) throws Exception {
        try (Endpoint caller = new Endpoint(); Endpoint callee = new Endpoint()) {
            caller.ice.setRemote(callee.ice.ufrag(), callee.ice.password(), callee.ice.localCandidates());
            callee.ice.setRemote(caller.ice.ufrag(), caller.ice.password(), caller.ice.localCandidates());
            CompletableFuture<IcePath> callerUp = caller.connect(callee, true, callerIsDtlsClient);
            CompletableFuture<IcePath> calleeUp = callee.connect(caller, false, !callerIsDtlsClient);
            assertThat(callerUp.get(10, TimeUnit.SECONDS).remote().getAddress().isLoopbackAddress()).isTrue();
            calleeUp.get(10, TimeUnit.SECONDS);
            caller.dtlsVerified.get(10, TimeUnit.SECONDS);
            callee.dtlsVerified.get(10, TimeUnit.SECONDS);

            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(WATCH_NANOS) + 500);
            for (Endpoint side : List.of(caller, callee)) {
                assertSawThePattern(side);
            }
            assertThat(callee.stream.counters().packetsLost()).isZero();
            assertThat(caller.stream.counters().packetsLost()).isZero();
        }
    }

    private static void assertSawThePattern(Endpoint side) {
        List<ReceivedVideo.Frame> frames = side.seen.frames().stream()
                .filter(f -> f.nanoTime() - side.startedAt <= WATCH_NANOS).toList();
        assertThat(frames).as("frames decoded in 4 s").hasSizeGreaterThanOrEqualTo(20);
        assertThat(frames).allMatch(f -> f.width() == WIDTH && f.height() == HEIGHT, "320x240");
        assertThat(frames).allMatch(ReceivedVideo.Frame::barWhereDrawn, "the bar where the numbered frame drew it");
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).number()).as("frame numbers rise").isGreaterThan(frames.get(i - 1).number());
        }
        System.out.printf("video: first frame %d ms after start (DTLS verified after %d ms), %d frames in 4 s, numbers %d..%d%n",
                TimeUnit.NANOSECONDS.toMillis(frames.get(0).nanoTime() - side.startedAt),
                TimeUnit.NANOSECONDS.toMillis(side.verifiedAt - side.startedAt), frames.size(),
                frames.get(0).number(), frames.get(frames.size() - 1).number());
    }

    @Test
    void hangingUpReleasesEverySocketAndThread() throws Exception {
        // One call first: libjitsi starts process-wide timers on first use, which are not per call.
        patternCrossesBothWaysEncrypted(true);
        Thread.sleep(500);
        long threadsBefore = liveThreads();
        long socketsBefore = openSockets();
        patternCrossesBothWaysEncrypted(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((liveThreads() > threadsBefore || openSockets() > socketsBefore) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(openSockets()).isLessThanOrEqualTo(socketsBefore);
        assertThat(liveThreads()).isLessThanOrEqualTo(threadsBefore);
    }
}
