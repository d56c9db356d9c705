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

    @Test
    void noiseScalesAsEachChannelMixedOnItsOwnWould() {
        java.util.Random random = new java.util.Random(11);
        int[][] sizes = {{320, 240, 440, 330}, {320, 240, 144, 108}, {5, 3, 11, 7}, {7, 7, 3, 2}, {1, 4, 3, 1}};
        for (int[] s : sizes) {
            int[] source = random.ints(s[0] * s[1]).map(p -> p | 0xff000000).toArray();
            int[] target = new int[s[2] * s[3]];
            new ArgbScaler(s[0], s[1], s[2], s[3]).scale(source, target);
            for (int y = 0; y < s[3]; y++) {
                for (int x = 0; x < s[2]; x++) {
                    assertThat(target[y * s[2] + x]).as("%s at %d,%d", Arrays.toString(s), x, y)
                            .isEqualTo(reference(source, s[0], s[1], s[2], s[3], x, y));
                }
            }
        }
    }

    /** One target pixel the slow way: across each of the two source rows, then down, channel by channel, rounded. */
    private static int reference(int[] source, int sw, int sh, int tw, int th, int x, int y) {
        double cx = Math.max(0, (x + 0.5) * sw / tw - 0.5);
        double cy = Math.max(0, (y + 0.5) * sh / th - 0.5);
        int x0 = Math.min((int) cx, sw - 1);
        int y0 = Math.min((int) cy, sh - 1);
        int wx = x0 + 1 < sw ? (int) Math.round((cx - x0) * 256) : 0;
        int wy = y0 + 1 < sh ? (int) Math.round((cy - y0) * 256) : 0;
        int x1 = Math.min(x0 + 1, sw - 1);
        int y1 = Math.min(y0 + 1, sh - 1);
        int pixel = 0xff000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            int upper = mix(source[y0 * sw + x0] >> shift & 0xff, source[y0 * sw + x1] >> shift & 0xff, wx);
            int lower = mix(source[y1 * sw + x0] >> shift & 0xff, source[y1 * sw + x1] >> shift & 0xff, wx);
            pixel |= mix(upper, lower, wy) << shift;
        }
        return pixel;
    }

    private static int mix(int a, int b, int w) {
        return (a * (256 - w) + b * w + 128) >> 8;
    }
}
