package im.parley.media.video;

/** Plane sizes of I420 (YUV 4:2:0 planar): full-resolution luma, then chroma halved in both directions. */
public final class I420 {
    private I420() {
    }

    public static int chromaWidth(int width) {
        return (width + 1) / 2;
    }

    public static int chromaHeight(int height) {
        return (height + 1) / 2;
    }

    public static int frameBytes(int width, int height) {
        return width * height + 2 * chromaWidth(width) * chromaHeight(height);
    }
}
