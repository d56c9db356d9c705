package im.parley.media.jitsi;

import im.parley.media.video.I420;
import java.awt.Dimension;
import javax.media.Format;
import javax.media.format.YUVFormat;

/** The JMF description of a packed I420 frame, as our capture device sends and our decoder emits it. */
final class I420Formats {
    /** Any I420 byte array: what our renderer accepts and our decoder announces before the first frame. */
    static final YUVFormat ANY = of(null, Format.NOT_SPECIFIED);

    private I420Formats() {
    }

    static YUVFormat of(int width, int height, float frameRate) {
        return of(new Dimension(width, height), frameRate);
    }

    private static YUVFormat of(Dimension size, float frameRate) {
        if (size == null) {
            return new YUVFormat(null, Format.NOT_SPECIFIED, Format.byteArray, frameRate, YUVFormat.YUV_420,
                    Format.NOT_SPECIFIED, Format.NOT_SPECIFIED, Format.NOT_SPECIFIED, Format.NOT_SPECIFIED, Format.NOT_SPECIFIED);
        }
        int lumaBytes = size.width * size.height;
        int chromaBytes = I420.chromaWidth(size.width) * I420.chromaHeight(size.height);
        return new YUVFormat(size, I420.frameBytes(size.width, size.height), Format.byteArray, frameRate, YUVFormat.YUV_420,
                size.width, I420.chromaWidth(size.width), 0, lumaBytes, lumaBytes + chromaBytes);
    }
}
