package im.parley.media.jitsi;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.AudioSource;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.control.FormatControl;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferStream;

/**
 * A libjitsi capture device that pushes one 20 ms frame from an {@link AudioSource} every 20 ms.
 * libjitsi's own silence devices push empty buffers, which its audio level effect cannot take; a
 * muted call sends real frames of zeros instead, so the far end's jitter buffer keeps its pace.
 */
final class SourceCaptureDevice extends AbstractPushBufferCaptureDevice {
    private final AudioSource source;
    private final BooleanSupplier muted;

    SourceCaptureDevice(AudioSource source, BooleanSupplier muted) {
        this.source = source;
        this.muted = muted;
    }

    @Override
    protected AbstractPushBufferStream<?> createStream(int index, FormatControl formatControl) {
        return new FrameStream(this, formatControl);
    }

    @Override
    protected Format[] getSupportedFormats(int index) {
        return new Format[] {PcmFormats.MONO_48K};
    }

    private static final class FrameStream extends PacedPushBufferStream<SourceCaptureDevice> {
        private final short[] frame = new short[AudioFormat48k.SAMPLES_PER_FRAME];

        FrameStream(SourceCaptureDevice device, FormatControl formatControl) {
            super(device, formatControl, TimeUnit.MILLISECONDS.toNanos(AudioFormat48k.FRAME_MILLIS), "parley-audio-source");
        }

        @Override
        public void read(Buffer buffer) {
            byte[] bytes = buffer.getData() instanceof byte[] b && b.length >= frame.length * 2
                    ? b : new byte[frame.length * 2];
            synchronized (frame) {
                if (dataSource.muted.getAsBoolean()) {
                    java.util.Arrays.fill(frame, (short) 0);
                } else {
                    dataSource.source.read(frame);
                }
                for (int i = 0; i < frame.length; i++) {
                    bytes[2 * i] = (byte) frame[i];
                    bytes[2 * i + 1] = (byte) (frame[i] >> 8);
                }
            }
            buffer.setData(bytes);
            buffer.setOffset(0);
            buffer.setLength(frame.length * 2);
            buffer.setFormat(getFormat());
            buffer.setTimeStamp(System.nanoTime());
            buffer.setFlags(Buffer.FLAG_SYSTEM_TIME | Buffer.FLAG_LIVE_DATA);
        }
    }
}
