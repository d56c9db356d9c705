package im.parley.media.jitsi;

import im.parley.media.video.I420;
import im.parley.media.video.VideoSink;
import java.awt.Dimension;
import java.util.Arrays;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.format.VideoFormat;

/** The end of libjitsi's video receive chain: each decoded I420 frame handed to a {@link VideoSink}. */
final class VideoSinkRenderer extends PlainJavaRenderer<VideoFormat> {
    private final VideoSink sink;

    VideoSinkRenderer(VideoSink sink) {
        super("Parley video sink");
        this.sink = sink;
    }

    @Override
    public Format[] getSupportedInputFormats() {
        return new Format[] {I420Formats.ANY};
    }

    /** Copies the frame out: the decoder reuses its buffer for the next one. */
    @Override
    public int process(Buffer buffer) {
        if (buffer.isDiscard() || !(buffer.getData() instanceof byte[] data)
                || !(buffer.getFormat() instanceof VideoFormat format) || format.getSize() == null) {
            return BUFFER_PROCESSED_OK;
        }
        Dimension size = format.getSize();
        int length = I420.frameBytes(size.width, size.height);
        if (buffer.getLength() < length) {
            return BUFFER_PROCESSED_OK;
        }
        int offset = buffer.getOffset();
        sink.frame(size.width, size.height, Arrays.copyOfRange(data, offset, offset + length));
        return BUFFER_PROCESSED_OK;
    }
}
