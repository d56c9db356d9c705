package im.parley.media.video;

/**
 * Cameras' pixel formats to I420 (BT.601 studio range, what VP8 takes): packed YUYV (YUY2, the
 * format nearly every USB camera offers over V4L2 and DirectShow) and UYVY, semi-planar NV12, and
 * packed RGB: 24-bit RGB or BGR, and 32-bit BGRA (DirectShow's RGB32), top-down or bottom-up (a
 * Windows bitmap's rows start at the bottom). Chroma is taken from each 2x2 block: averaged for
 * RGB, from the even row for the packed YUV formats (their chroma is already halved across; the
 * odd row's is a neighbour of the same colour to within rounding).
 */
public final class ToI420 {
    private ToI420() {
    }

    /** Converts packed YUYV (Y0 U Y1 V per two pixels); {@code width} and {@code height} even. */
    public static void fromYuyv(byte[] yuyv, int width, int height, byte[] i420) {
        fromPacked422(yuyv, 0, 1, 3, width, height, i420);
    }

    /** Converts packed UYVY (U Y0 V Y1 per two pixels); {@code width} and {@code height} even. */
    public static void fromUyvy(byte[] uyvy, int width, int height, byte[] i420) {
        fromPacked422(uyvy, 1, 0, 2, width, height, i420);
    }

    /**
     * Converts packed 4:2:2, four bytes per two pixels: the first luma at byte {@code luma} and the
     * second two bytes after it, U at byte {@code u}, V at byte {@code v}.
     */
    private static void fromPacked422(byte[] packed, int luma, int u, int v, int width, int height, byte[] i420) {
        int chromaWidth = I420.chromaWidth(width);
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * I420.chromaHeight(height);
        for (int y = 0; y < height; y++) {
            int in = y * width * 2;
            int out = y * width;
            for (int x = 0; x < width; x += 2, in += 4) {
                i420[out + x] = packed[in + luma];
                i420[out + x + 1] = packed[in + luma + 2];
                if ((y & 1) == 0) {
                    int c = (y >> 1) * chromaWidth + (x >> 1);
                    i420[uPlane + c] = packed[in + u];
                    i420[vPlane + c] = packed[in + v];
                }
            }
        }
    }

    /** Converts NV12: the luma plane, then one plane of U and V samples side by side; {@code width} and {@code height} even. */
    public static void fromNv12(byte[] nv12, int width, int height, byte[] i420) {
        int chromaWidth = I420.chromaWidth(width);
        int chromaSamples = chromaWidth * I420.chromaHeight(height);
        int lumaBytes = width * height;
        System.arraycopy(nv12, 0, i420, 0, lumaBytes);
        for (int c = 0; c < chromaSamples; c++) {
            i420[lumaBytes + c] = nv12[lumaBytes + 2 * c];
            i420[lumaBytes + chromaSamples + c] = nv12[lumaBytes + 2 * c + 1];
        }
    }

    /** Converts packed 24-bit pixels, red first ({@code bgr} false) or blue first, the top row first. */
    public static void fromRgb24(byte[] rgb, int width, int height, boolean bgr, byte[] i420) {
        fromRgb(rgb, 3, width, height, bgr ? 2 : 0, bgr ? 0 : 2, false, i420);
    }

    /** Converts packed 24-bit blue-green-red pixels whose bottom row comes first (a 24-bit Windows bitmap). */
    public static void fromBottomUpBgr24(byte[] bgr, int width, int height, byte[] i420) {
        fromRgb(bgr, 3, width, height, 2, 0, true, i420);
    }

    /** Converts packed 32-bit pixels stored blue, green, red, alpha (DirectShow's RGB32), the alpha ignored. */
    public static void fromBgra32(byte[] bgra, int width, int height, boolean bottomUp, byte[] i420) {
        fromRgb(bgra, 4, width, height, 2, 0, bottomUp, i420);
    }

    /**
     * Converts packed RGB of {@code bytesPerPixel} with red at byte {@code red} and blue at byte
     * {@code blue} of each pixel, green between them; with {@code bottomUp}, the first row in
     * {@code rgb} is the picture's last.
     */
    private static void fromRgb(byte[] rgb, int bytesPerPixel, int width, int height, int red, int blue,
            boolean bottomUp, byte[] i420) {
        int chromaWidth = I420.chromaWidth(width);
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * I420.chromaHeight(height);
        for (int y = 0; y < height; y++) {
            int rowStart = (bottomUp ? height - 1 - y : y) * width * bytesPerPixel;
            for (int x = 0; x < width; x++) {
                int p = rowStart + x * bytesPerPixel;
                int r = rgb[p + red] & 0xff;
                int g = rgb[p + 1] & 0xff;
                int b = rgb[p + blue] & 0xff;
                i420[y * width + x] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
            }
        }
        for (int cy = 0; cy < I420.chromaHeight(height); cy++) {
            for (int cx = 0; cx < chromaWidth; cx++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int y = 2 * cy; y < Math.min(2 * cy + 2, height); y++) {
                    int rowStart = (bottomUp ? height - 1 - y : y) * width * bytesPerPixel;
                    for (int x = 2 * cx; x < Math.min(2 * cx + 2, width); x++) {
                        int p = rowStart + x * bytesPerPixel;
                        r += rgb[p + red] & 0xff;
                        g += rgb[p + 1] & 0xff;
                        b += rgb[p + blue] & 0xff;
                        n++;
                    }
                }
                r /= n;
                g /= n;
                b /= n;
                i420[uPlane + cy * chromaWidth + cx] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                i420[vPlane + cy * chromaWidth + cx] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
    }
}
