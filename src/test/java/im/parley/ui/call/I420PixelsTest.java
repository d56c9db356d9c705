package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.video.I420;
import org.junit.jupiter.api.Test;

class I420PixelsTest {
    @Test
    void studioRangeBlackWhiteAndThePrimariesComeOutRight() {
        // 4x2: the left 2x2 block takes one chroma sample, the right one another (BT.601 studio range).
        int w = 4;
        int h = 2;
        byte[] frame = new byte[I420.frameBytes(w, h)];
        byte[] luma = {16, (byte) 235, 81, 81, 16, (byte) 235, 81, 81};
        System.arraycopy(luma, 0, frame, 0, luma.length);
        // U then V planes, one sample per 2x2 block: grey on the left, pure red (Y 81, U 90, V 240) on the right.
        frame[8] = (byte) 128;
        frame[9] = 90;
        frame[10] = (byte) 128;
        frame[11] = (byte) 240;
        int[] argb = new int[w * h];
        I420Pixels.toArgb(frame, w, h, argb);
        assertThat(argb[0]).isEqualTo(0xff000000);
        assertThat(argb[1]).isEqualTo(0xffffffff);
        assertThat(argb[4]).isEqualTo(0xff000000);
        int red = argb[2];
        assertThat((red >> 16) & 0xff).isGreaterThanOrEqualTo(250);
        assertThat((red >> 8) & 0xff).isLessThanOrEqualTo(5);
        assertThat(red & 0xff).isLessThanOrEqualTo(5);
        assertThat(argb[7]).isEqualTo(red);
    }

    @Test
    void oddSizesReadTheirChromaFromTheRoundedUpPlanes() {
        int w = 3;
        int h = 3;
        byte[] frame = new byte[I420.frameBytes(w, h)];
        java.util.Arrays.fill(frame, 0, 9, (byte) 235);
        java.util.Arrays.fill(frame, 9, frame.length, (byte) 128);
        int[] argb = new int[9];
        I420Pixels.toArgb(frame, w, h, argb);
        assertThat(argb).containsOnly(0xffffffff);
    }

    @Test
    void theHalfSizeConversionTakesTheMeanOfFourLumaSamples() {
        // 4x2: the left 2x2 block black and white (mean 126), the right one white; both grey in chroma.
        int w = 4;
        int h = 2;
        byte[] frame = new byte[I420.frameBytes(w, h)];
        byte[] luma = {16, (byte) 235, (byte) 235, (byte) 235, (byte) 235, 16, (byte) 235, (byte) 235};
        System.arraycopy(luma, 0, frame, 0, luma.length);
        java.util.Arrays.fill(frame, 8, frame.length, (byte) 128);
        int[] half = new int[2];
        I420Pixels.toArgbHalf(frame, w, h, half);
        byte[] mean = new byte[I420.frameBytes(2, 2)];
        java.util.Arrays.fill(mean, 0, 4, (byte) 126);
        java.util.Arrays.fill(mean, 4, mean.length, (byte) 128);
        int[] expected = new int[4];
        I420Pixels.toArgb(mean, 2, 2, expected);
        assertThat(half[0]).isEqualTo(expected[0]);
        assertThat(half[1]).isEqualTo(0xffffffff);
    }

    @Test
    void everyPixelOfNoiseFollowsTheFormulaWhateverTheSize() {
        // Noise clamps often, both ways; odd sizes leave a last column or row without a partner.
        java.util.Random random = new java.util.Random(7);
        for (int[] size : new int[][] {{320, 240}, {7, 5}, {1, 1}, {2, 3}, {5, 2}}) {
            int w = size[0];
            int h = size[1];
            byte[] frame = new byte[I420.frameBytes(w, h)];
            random.nextBytes(frame);
            int[] argb = new int[w * h];
            I420Pixels.toArgb(frame, w, h, argb);
            int chromaWidth = (w + 1) / 2;
            int u = w * h;
            int v = u + chromaWidth * ((h + 1) / 2);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int c = 298 * ((frame[y * w + x] & 0xff) - 16) + 128;
                    int d = (frame[u + (y / 2) * chromaWidth + x / 2] & 0xff) - 128;
                    int e = (frame[v + (y / 2) * chromaWidth + x / 2] & 0xff) - 128;
                    int expected = 0xff000000 | limit((c + 409 * e) >> 8) << 16
                            | limit((c - 100 * d - 208 * e) >> 8) << 8 | limit((c + 516 * d) >> 8);
                    assertThat(argb[y * w + x]).as("%dx%d at %d,%d", w, h, x, y).isEqualTo(expected);
                }
            }
        }
    }

    private static int limit(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
