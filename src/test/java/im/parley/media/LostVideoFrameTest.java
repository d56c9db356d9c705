package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.JitsiVideoStream;
import im.parley.media.video.ReceivedVideo;
import im.parley.media.video.TestPatternSource;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Video frames lost mid-call: the frames after a loss build on a picture the callee never got.
 * Decoded anyway they would show the old picture smeared with the new; the callee shows none of
 * them, asks for a keyframe, and the picture goes on intact from it.
 */
class LostVideoFrameTest {
    /** Packets of the caller's video that never arrive: a second and a half, then two seconds in, at 15 frames a second. */
    private static final Set<Long> LOST = Set.of(25L, 32L);

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @Test
    void framesAfterALostOneWaitForTheKeyframeAskedFor() throws Exception {
        ReceivedVideo seenByCallee = new ReceivedVideo();
        IceSettings loopback = IceSettings.loopback();
        try (LossyRelay relay = new LossyRelay(JitsiVideoStream.VP8_PAYLOAD_TYPE, (ordinal, nanos) -> LOST.contains(ordinal));
                MediaLeg caller = MediaLeg.videoOverRawUdp(loopback, new TestPatternSource(320, 240, 15), (w, h, f) -> { });
                MediaLeg callee = MediaLeg.videoOverRawUdp(loopback, new TestPatternSource(320, 240, 15), seenByCallee)) {
            relay.between(caller, callee);
            caller.keyFrameRequests(KeyFrameRequest.PLI);
            callee.keyFrameRequests(KeyFrameRequest.PLI);

            LossyRelay.connect(caller, callee, JitsiVideoStream.VP8_PAYLOAD_TYPE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while ((relay.dropped() < LOST.size() || seenByCallee.count() < 45) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertThat(relay.dropped()).as("both packets were lost").isEqualTo(LOST.size());
            assertThat(seenByCallee.count()).as("the picture went on after the losses").isGreaterThanOrEqualTo(45);
            assertThat(seenByCallee.frames()).allMatch(ReceivedVideo.Frame::barWhereDrawn, "no smeared picture");
            assertThat(callee.keyFrameCounters().requestsSent()).as("the callee asked for a keyframe").isPositive();
            assertThat(caller.keyFrameCounters().keyFramesSent()).as("the opening one and at least one asked for")
                    .isGreaterThanOrEqualTo(2);
        }
    }

}
