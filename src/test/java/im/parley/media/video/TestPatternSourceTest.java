package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pattern's frame number and bar read back uncompressed, and a frame showing something else is caught. */
class TestPatternSourceTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;

    @Test
    void eachFrameCarriesItsNumberAndItsBar() {
        TestPatternSource source = new TestPatternSource(WIDTH, HEIGHT, 15);
        ReceivedVideo seen = new ReceivedVideo();
        byte[] frame = new byte[I420.frameBytes(WIDTH, HEIGHT)];
        for (int i = 0; i < 70; i++) {
            source.read(frame);
            seen.frame(WIDTH, HEIGHT, frame.clone());
        }
        assertThat(seen.frames()).extracting(ReceivedVideo.Frame::number).containsExactlyElementsOf(
                IntStream.range(0, 70).boxed().toList());
        assertThat(seen.frames()).allMatch(ReceivedVideo.Frame::barWhereDrawn);
    }

    @Test
    void aBarElsewhereThanItsFrameDrewItIsCaught() {
        TestPatternSource source = new TestPatternSource(WIDTH, HEIGHT, 15);
        byte[] first = new byte[I420.frameBytes(WIDTH, HEIGHT)];
        byte[] second = new byte[first.length];
        source.read(first);
        source.read(second);
        // Frame 0's number above frame 1's bar: what a decoder mixing up frames would show.
        System.arraycopy(first, 0, second, 0, WIDTH * TestPatternSource.BLOCK);
        ReceivedVideo seen = new ReceivedVideo();
        seen.frame(WIDTH, HEIGHT, second);
        assertThat(seen.frames().get(0).number()).isZero();
        assertThat(seen.frames().get(0).barWhereDrawn()).isFalse();
    }

    @Test
    void aFrameTooSmallForTheNumberIsRefused() {
        assertThatThrownBy(() -> new TestPatternSource(176, 144, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oddSizesRoundTheChromaPlanesUp() {
        assertThat(I420.frameBytes(3, 3)).isEqualTo(9 + 2 * 4);
        assertThat(I420.frameBytes(WIDTH, HEIGHT)).isEqualTo(WIDTH * HEIGHT * 3 / 2);
    }
}
