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
        for (int y = 0; y < height; y += 2) {
            // The two rows of a chroma row share its samples: each is read and weighed once for four pixels.
            int row = y * width;
            int below = y + 1 < height ? row + width : -1;
            int chromaRow = (y >> 1) * chromaWidth;
            for (int x = 0; x < width; x += 2) {
                int d = (i420[uPlane + chromaRow + (x >> 1)] & 0xff) - 128;
                int e = (i420[vPlane + chromaRow + (x >> 1)] & 0xff) - 128;
                int red = 409 * e;
                int green = -100 * d - 208 * e;
                int blue = 516 * d;
                boolean pair = x + 1 < width;
                argb[row + x] = pixel(luma(i420[row + x]), red, green, blue);
                if (pair) {
                    argb[row + x + 1] = pixel(luma(i420[row + x + 1]), red, green, blue);
                }
                if (below >= 0) {
                    argb[below + x] = pixel(luma(i420[below + x]), red, green, blue);
                    if (pair) {
                        argb[below + x + 1] = pixel(luma(i420[below + x + 1]), red, green, blue);
                    }
                }
            }
        }
    }

    /** A luma sample in 1/256ths, studio range stretched to full. */
    private static int luma(byte sample) {
        return 298 * ((sample & 0xff) - 16) + 128;
    }

    /**
     * Converts one frame at half its size both ways ({@code width/2} x {@code height/2}, rounded
     * down) into {@code argb}: each pixel the mean of four luma samples with the chroma sample they
     * share. A quarter of the work of {@link #toArgb}, and a smoother start for a picture shown small.
     */
    static void toArgbHalf(byte[] i420, int width, int height, int[] argb) {
        int chromaWidth = (width + 1) / 2;
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * ((height + 1) / 2);
        int halfWidth = width / 2;
        int halfHeight = height / 2;
        for (int y = 0; y < halfHeight; y++) {
            int top = 2 * y * width;
            int chromaRow = y * chromaWidth;
            int out = y * halfWidth;
            for (int x = 0; x < halfWidth; x++) {
                int at = top + 2 * x;
                int luma = (i420[at] & 0xff) + (i420[at + 1] & 0xff) + (i420[at + width] & 0xff)
                        + (i420[at + width + 1] & 0xff);
                int d = (i420[uPlane + chromaRow + x] & 0xff) - 128;
                int e = (i420[vPlane + chromaRow + x] & 0xff) - 128;
                argb[out + x] = pixel(298 * ((luma + 2) / 4 - 16) + 128, 409 * e, -100 * d - 208 * e, 516 * d);
            }
        }
    }

    /** {@code c} is the scaled luma; red, green and blue the chroma's share of each, all in 1/256ths. */
    private static int pixel(int c, int red, int green, int blue) {
        return 0xff000000 | clamp((c + red) >> 8) << 16 | clamp((c + green) >> 8) << 8 | clamp((c + blue) >> 8);
    }

    /** {@code v} held to 0..255 without a branch: bright and dark edges are common in video, and mispredicted. */
    private static int clamp(int v) {
        int atLeastZero = v & ~(v >> 31);
        return (atLeastZero | (255 - atLeastZero) >> 31) & 0xff;
    }
}
