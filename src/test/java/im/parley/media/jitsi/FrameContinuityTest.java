package im.parley.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameContinuityTest {
    private final FrameContinuity continuity = new FrameContinuity();

    @Test
    void framesInUnbrokenSequenceFollowOneAnother() {
        continuity.packet(10, 1000, false);
        continuity.packet(11, 1000, false);
        continuity.packet(12, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).as("the first frame").isTrue();
        continuity.packet(13, 4000, false);
        assertThat(continuity.followsLastFrame(4000)).isTrue();
    }

    @Test
    void aFrameAfterAMissingPacketDoesNotFollow() {
        continuity.packet(10, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        continuity.packet(12, 7000, false);
        assertThat(continuity.followsLastFrame(7000)).isFalse();
        continuity.packet(13, 10000, false);
        assertThat(continuity.followsLastFrame(10000)).as("continuity starts again from the frame delivered").isTrue();
    }

    @Test
    void aFrameCutShortAndNeverDeliveredBreaksTheSequence() {
        continuity.packet(10, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        continuity.packet(11, 4000, false);
        continuity.packet(12, 7000, false);
        assertThat(continuity.followsLastFrame(7000)).isFalse();
    }

    @Test
    void paddingBetweenFramesIsNoGap() {
        continuity.packet(10, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        continuity.packet(11, 1000, true);
        continuity.packet(12, 1000, true);
        continuity.packet(13, 4000, false);
        assertThat(continuity.followsLastFrame(4000)).isTrue();
    }

    @Test
    void packetsOutOfOrderWithinAFrameSpanItWhole() {
        continuity.packet(10, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        continuity.packet(13, 4000, false);
        continuity.packet(11, 4000, false);
        continuity.packet(12, 4000, false);
        assertThat(continuity.followsLastFrame(4000)).isTrue();
        continuity.packet(14, 7000, false);
        assertThat(continuity.followsLastFrame(7000)).as("the frame ended at 13").isTrue();
    }

    @Test
    void sequenceNumbersWrapAround() {
        continuity.packet(65534, 1000, false);
        continuity.packet(65535, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        continuity.packet(0, 4000, false);
        continuity.packet(1, 4000, false);
        assertThat(continuity.followsLastFrame(4000)).isTrue();
        continuity.packet(3, 7000, false);
        assertThat(continuity.followsLastFrame(7000)).isFalse();
    }

    @Test
    void aFrameWhosePacketsWereNeverSeenDoesNotFollow() {
        continuity.packet(10, 1000, false);
        assertThat(continuity.followsLastFrame(1000)).isTrue();
        assertThat(continuity.followsLastFrame(4000)).isFalse();
    }
}
