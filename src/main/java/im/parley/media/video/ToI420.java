package im.parley.media.video;

/**
 * Cameras' pixel formats to I420 (BT.601 studio range, what VP8 takes): packed YUYV (YUY2, the
 * format nearly every USB camera offers over V4L2 and DirectShow) and packed 24-bit RGB or BGR.
 * Chroma is taken from each 2x2 block: averaged for RGB, from the even row for YUYV (its chroma is
 * already halved across; the odd row's is a neighbour of the same colour to within rounding).
 */
public final class ToI420 {
    private ToI420() {
    }

    /** Converts packed YUYV (Y0 U Y1 V per two pixels); {@code width} and {@code height} even. */
    public static void fromYuyv(byte[] yuyv, int width, int height, byte[] i420) {
        int chromaWidth = I420.chromaWidth(width);
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * I420.chromaHeight(height);
        for (int y = 0; y < height; y++) {
            int in = y * width * 2;
            int out = y * width;
            for (int x = 0; x < width; x += 2, in += 4) {
                i420[out + x] = yuyv[in];
                i420[out + x + 1] = yuyv[in + 2];
                if ((y & 1) == 0) {
                    int c = (y >> 1) * chromaWidth + (x >> 1);
                    i420[uPlane + c] = yuyv[in + 1];
                    i420[vPlane + c] = yuyv[in + 3];
                }
            }
        }
    }

    /** Converts packed 24-bit pixels, red first ({@code bgr} false) or blue first. */
    public static void fromRgb24(byte[] rgb, int width, int height, boolean bgr, byte[] i420) {
        int chromaWidth = I420.chromaWidth(width);
        int uPlane = width * height;
        int vPlane = uPlane + chromaWidth * I420.chromaHeight(height);
        int red = bgr ? 2 : 0;
        int blue = bgr ? 0 : 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * 3;
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
                    for (int x = 2 * cx; x < Math.min(2 * cx + 2, width); x++) {
                        int p = (y * width + x) * 3;
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
