package im.parley.media.jitsi;

import im.parley.media.audio.AudioSink;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.format.AudioFormat;

/** The end of libjitsi's receive chain: decoded 48 kHz mono PCM handed to an {@link AudioSink}. */
final class SinkRenderer extends PlainJavaRenderer<AudioFormat> {
    private final AudioSink sink;
    private short[] samples = new short[0];

    SinkRenderer(AudioSink sink) {
        super("Parley audio sink");
        this.sink = sink;
    }

    @Override
    public Format[] getSupportedInputFormats() {
        return new Format[] {PcmFormats.MONO_48K};
    }

    @Override
    public int process(Buffer buffer) {
        if (buffer.isDiscard() || !(buffer.getData() instanceof byte[] data)) {
            return BUFFER_PROCESSED_OK;
        }
        int count = buffer.getLength() / 2;
        if (samples.length < count) {
            samples = new short[count];
        }
        int offset = buffer.getOffset();
        for (int i = 0; i < count; i++) {
            samples[i] = (short) ((data[offset + 2 * i] & 0xff) | (data[offset + 2 * i + 1] << 8));
        }
        sink.write(samples, count);
        return BUFFER_PROCESSED_OK;
    }
}
