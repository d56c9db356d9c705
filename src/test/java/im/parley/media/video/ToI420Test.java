package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known frames through the camera conversions: BT.601 studio range, as the reference tables give it. */
class ToI420Test {
    @Test
    void yuyvKeepsEveryLumaAndTheEvenRowsChroma() {
        // 4x2: row 0 is Y 10,20,30,40 with (U,V) (100,200) then (110,210); row 1 has other chroma, ignored.
        byte[] yuyv = {10, 100, 20, (byte) 200, 30, 110, 40, (byte) 210,
                50, 1, 60, 2, 70, 3, 80, 4};
        byte[] i420 = new byte[I420.frameBytes(4, 2)];
        ToI420.fromYuyv(yuyv, 4, 2, i420);
        assertThat(i420).containsExactly(10, 20, 30, 40, 50, 60, 70, 80,
                100, 110,
                (byte) 200, (byte) 210);
    }

    @Test
    void rgbPrimariesBlackAndWhiteGetTheirStudioRangeValues() {
        // 2x2 blocks, each one colour: white, black, red, blue (RGB order), in a 4x4 frame.
        int[][] colours = {{255, 255, 255}, {0, 0, 0}, {255, 0, 0}, {0, 0, 255}};
        byte[] rgb = new byte[4 * 4 * 3];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                int[] c = colours[(y / 2) * 2 + x / 2];
                for (int k = 0; k < 3; k++) {
                    rgb[(y * 4 + x) * 3 + k] = (byte) c[k];
                }
            }
        }
        byte[] i420 = new byte[I420.frameBytes(4, 4)];
        ToI420.fromRgb24(rgb, 4, 4, false, i420);
        assertThat(i420[0] & 0xff).as("white Y").isEqualTo(235);
        assertThat(i420[2] & 0xff).as("black Y").isEqualTo(16);
        assertThat(i420[8] & 0xff).as("red Y").isEqualTo(82);
        assertThat(i420[10] & 0xff).as("blue Y").isEqualTo(41);
        int u = 16;
        int v = 20;
        assertThat(new int[] {i420[u] & 0xff, i420[v] & 0xff}).as("white chroma").containsExactly(128, 128);
        assertThat(new int[] {i420[u + 1] & 0xff, i420[v + 1] & 0xff}).as("black chroma").containsExactly(128, 128);
        assertThat(new int[] {i420[u + 2] & 0xff, i420[v + 2] & 0xff}).as("red chroma").containsExactly(90, 240);
        assertThat(new int[] {i420[u + 3] & 0xff, i420[v + 3] & 0xff}).as("blue chroma").containsExactly(240, 110);
    }

    @Test
    void bgrIsRgbWithRedAndBlueSwapped() {
        byte[] rgb = {(byte) 255, 0, 0, (byte) 255, 0, 0, (byte) 255, 0, 0, (byte) 255, 0, 0};
        byte[] bgr = {0, 0, (byte) 255, 0, 0, (byte) 255, 0, 0, (byte) 255, 0, 0, (byte) 255};
        byte[] fromRgb = new byte[I420.frameBytes(2, 2)];
        byte[] fromBgr = new byte[I420.frameBytes(2, 2)];
        ToI420.fromRgb24(rgb, 2, 2, false, fromRgb);
        ToI420.fromRgb24(bgr, 2, 2, true, fromBgr);
        assertThat(fromBgr).isEqualTo(fromRgb);
    }

    @Test
    void uyvyIsYuyvWithChromaFirst() {
        byte[] uyvy = {100, 10, (byte) 200, 20, 110, 30, (byte) 210, 40,
                1, 50, 2, 60, 3, 70, 4, 80};
        byte[] i420 = new byte[I420.frameBytes(4, 2)];
        ToI420.fromUyvy(uyvy, 4, 2, i420);
        assertThat(i420).containsExactly(10, 20, 30, 40, 50, 60, 70, 80,
                100, 110,
                (byte) 200, (byte) 210);
    }

    @Test
    void nv12KeepsItsLumaAndSplitsItsInterleavedChroma() {
        // 4x2: eight luma bytes, then (U,V) pairs for the two 2x2 blocks.
        byte[] nv12 = {1, 2, 3, 4, 5, 6, 7, 8, 100, (byte) 200, 110, (byte) 210};
        byte[] i420 = new byte[I420.frameBytes(4, 2)];
        ToI420.fromNv12(nv12, 4, 2, i420);
        assertThat(i420).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 100, 110, (byte) 200, (byte) 210);
    }

    @Test
    void bottomUpBitmapsComeOutTheRightWayUp() {
        // 2x2, red on the top row and blue on the bottom one; a bottom-up bitmap stores blue first.
        byte[] bgr24 = {(byte) 255, 0, 0, (byte) 255, 0, 0, 0, 0, (byte) 255, 0, 0, (byte) 255};
        byte[] bgra32 = {(byte) 255, 0, 0, 7, (byte) 255, 0, 0, 7, 0, 0, (byte) 255, 7, 0, 0, (byte) 255, 7};
        byte[] rgbTopDown = {(byte) 255, 0, 0, (byte) 255, 0, 0, 0, 0, (byte) 255, 0, 0, (byte) 255};
        byte[] expected = new byte[I420.frameBytes(2, 2)];
        ToI420.fromRgb24(rgbTopDown, 2, 2, false, expected);
        byte[] from24 = new byte[expected.length];
        ToI420.fromBottomUpBgr24(bgr24, 2, 2, from24);
        byte[] from32 = new byte[expected.length];
        ToI420.fromBgra32(bgra32, 2, 2, true, from32);
        assertThat(expected[0] & 0xff).as("red on top").isEqualTo(82);
        assertThat(from24).isEqualTo(expected);
        assertThat(from32).as("alpha ignored").isEqualTo(expected);
    }
}
