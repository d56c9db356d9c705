package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.JitsiVideoStream;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A video call whose opening keyframe is lost on the way (a relay drops the caller's video for
 * 700 ms): with PLI or FIR agreed, the callee asks, the caller's encoder answers with a keyframe
 * and the picture starts right after the loss; without, the callee sees nothing until the
 * encoder's periodic keyframe, ten seconds later.
 */
class KeyFrameRequestTest {
    private static final long DROP_MILLIS = 700;

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @ParameterizedTest
    @EnumSource(KeyFrameRequest.class)
    void aLostKeyFrameIsAskedForAgain(KeyFrameRequest agreed) throws Exception {
        ReceivedVideo seenByCallee = new ReceivedVideo();
        IceSettings loopback = IceSettings.loopback();
        try (LossyRelay relay = new LossyRelay(JitsiVideoStream.VP8_PAYLOAD_TYPE, DROP_MILLIS);
                MediaLeg caller = MediaLeg.videoOverRawUdp(loopback, new TestPatternSource(320, 240, 15), (w, h, f) -> { });
                MediaLeg callee = MediaLeg.videoOverRawUdp(loopback, new TestPatternSource(320, 240, 15), seenByCallee)) {
            relay.between(caller, callee);
            caller.keyFrameRequests(agreed);
            callee.keyFrameRequests(agreed);

            long start = System.nanoTime();
            LossyRelay.connect(caller, callee, JitsiVideoStream.VP8_PAYLOAD_TYPE);

            Thread.sleep(DROP_MILLIS + 1800);
            assertThat(relay.dropped()).as("the opening keyframe was dropped").isPositive();
            if (agreed == KeyFrameRequest.NONE) {
                assertThat(seenByCallee.count()).as("nothing decodable before the periodic keyframe").isZero();
                assertThat(callee.keyFrameCounters().requestsSent()).isZero();
                return;
            }
            assertThat(seenByCallee.count()).as("frames decoded after the loss").isGreaterThanOrEqualTo(10);
            assertThat(seenByCallee.frames()).allMatch(ReceivedVideo.Frame::barWhereDrawn, "pictures intact");
            assertThat(callee.keyFrameCounters().requestsSent()).isPositive();
            assertThat(caller.keyFrameCounters().requestsReceived()).isPositive();
            assertThat(caller.keyFrameCounters().keyFramesSent()).isGreaterThanOrEqualTo(2);
            System.out.printf("%s: first frame %d ms after connect (drop %d ms), %s%n", agreed,
                    TimeUnit.NANOSECONDS.toMillis(seenByCallee.frames().get(0).nanoTime() - start), DROP_MILLIS,
                    callee.keyFrameCounters());
        }
    }

}
