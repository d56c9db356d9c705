package im.parley.media.jitsi;

import im.parley.media.video.I420;
import im.parley.media.video.VideoSource;
import java.util.concurrent.TimeUnit;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.control.FormatControl;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferStream;

/**
 * A libjitsi capture device that pushes a {@link VideoSource}'s I420 frames at its frame rate. I420
 * is what libjitsi's VP8 encoder takes, so no converter (which would need FFmpeg) joins the chain.
 */
final class VideoSourceCaptureDevice extends AbstractPushBufferCaptureDevice {
    private final VideoSource source;

    VideoSourceCaptureDevice(VideoSource source) {
        this.source = source;
    }

    @Override
    protected AbstractPushBufferStream<?> createStream(int index, FormatControl formatControl) {
        return new FrameStream(this, formatControl);
    }

    @Override
    protected Format[] getSupportedFormats(int index) {
        return new Format[] {I420Formats.of(source.width(), source.height(), source.frameRate())};
    }

    private static final class FrameStream extends PacedPushBufferStream<VideoSourceCaptureDevice> {
        FrameStream(VideoSourceCaptureDevice device, FormatControl formatControl) {
            super(device, formatControl, TimeUnit.SECONDS.toNanos(1) / device.source.frameRate(), "parley-video-source");
        }

        @Override
        public void read(Buffer buffer) {
            VideoSource source = dataSource.source;
            int length = I420.frameBytes(source.width(), source.height());
            byte[] frame = buffer.getData() instanceof byte[] b && b.length >= length ? b : new byte[length];
            source.read(frame);
            buffer.setData(frame);
            buffer.setOffset(0);
            buffer.setLength(length);
            buffer.setFormat(getFormat());
            buffer.setTimeStamp(System.nanoTime());
            buffer.setFlags(Buffer.FLAG_SYSTEM_TIME | Buffer.FLAG_LIVE_DATA);
        }
    }
}
