package im.parley.ui.call;

/** I420 (BT.601, studio range, as VP8 decodes it) to the ARGB ints JavaFX's PixelWriter takes. */
final class I420Pixels {
    private I420Pixels() {
    }

    /** Converts one frame of {@code width} x {@code height} into {@code argb}, which holds at least width*height ints. */
    static void toArgb(byte[] i420, int width, int height, int[] argb) {
        // Chroma is halved both ways, rounded up (the I420 layout of media.video.I420).
        int chromaWidth = (width + 1) / 2;
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * ((height + 1) / 2);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int chromaRow = (y >> 1) * chromaWidth;
            for (int x = 0; x < width; x++) {
                int c = 298 * ((i420[row + x] & 0xff) - 16) + 128;
                int d = (i420[uPlane + chromaRow + (x >> 1)] & 0xff) - 128;
                int e = (i420[vPlane + chromaRow + (x >> 1)] & 0xff) - 128;
                int r = clamp((c + 409 * e) >> 8);
                int g = clamp((c - 100 * d - 208 * e) >> 8);
                int b = clamp((c + 516 * d) >> 8);
                argb[row + x] = 0xff000000 | r << 16 | g << 8 | b;
            }
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
