package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArgbScalerTest {
    @Test
    void aPlainColourStaysPlainScaledUpOrDown() {
        int[] source = new int[320 * 240];
        Arrays.fill(source, 0xff336699);
        int[] up = new int[440 * 330];
        new ArgbScaler(320, 240, 440, 330).scale(source, up);
        assertThat(up).containsOnly(0xff336699);
        int[] down = new int[144 * 108];
        new ArgbScaler(320, 240, 144, 108).scale(source, down);
        assertThat(down).containsOnly(0xff336699);
    }

    @Test
    void scalingUpMixesNeighboursByDistanceAsSmoothScalingDoes() {
        // Black then white, 2x1 to 4x1: the target centres fall at -0.25 (the edge), 0.25, 0.75 and 1.25 (the edge).
        int[] target = new int[4];
        new ArgbScaler(2, 1, 4, 1).scale(new int[] {0xff000000, 0xffffffff}, target);
        assertThat(Arrays.stream(target).map(p -> p & 0xff).toArray()).containsExactly(0, 64, 191, 255);
        assertThat(Arrays.stream(target).map(p -> p >>> 24).toArray()).containsOnly(0xff);
    }

    @Test
    void rowsAndColumnsMixTheSameWay() {
        // Red above green, 1x2 to 1x4; each channel mixes on its own.
        int[] target = new int[4];
        new ArgbScaler(1, 2, 1, 4).scale(new int[] {0xffff0000, 0xff00ff00}, target);
        assertThat(target).containsExactly(0xffff0000, 0xffbf4000, 0xff40bf00, 0xff00ff00);
    }

    @Test
    void scalingDownByHalfAveragesPairs() {
        int[] source = {0xff000000, 0xffffffff, 0xff000000, 0xffffffff};
        int[] target = new int[2];
        new ArgbScaler(4, 1, 2, 1).scale(source, target);
        assertThat(target).containsOnly(0xff808080);
    }
}
