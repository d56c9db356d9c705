package im.parley.media.audio;

import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Moving PCM between a device's format and the call format, with Java Sound's converters where they differ. */
final class LinePcm {
    private LinePcm() {
    }

    /** What {@code line} captures, as call-format PCM. */
    static AudioInputStream captured(CaptureLine line) throws SoundDeviceException {
        AudioInputStream raw = new AudioInputStream(new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException("PCM is read in whole frames");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return line.read(b, off, len);
            }
        }, line.format(), AudioSystem.NOT_SPECIFIED);
        return convert(raw, SoundDevices.CALL_FORMAT);
    }

    /** {@code pcm} converted to {@code target}, or as it is when the formats already match. */
    static AudioInputStream convert(AudioInputStream pcm, AudioFormat target) throws SoundDeviceException {
        if (pcm.getFormat().matches(target)) {
            return pcm;
        }
        try {
            return AudioSystem.getAudioInputStream(target, pcm);
        } catch (IllegalArgumentException e) {
            throw new SoundDeviceException("Java Sound cannot convert " + pcm.getFormat() + " to " + target, e);
        }
    }

    /** Little-endian 16-bit samples from {@code bytes}. */
    static void decode(byte[] bytes, int length, short[] samples) {
        for (int i = 0; i < length / 2; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xff) | bytes[2 * i + 1] << 8);
        }
    }

    /** {@code count} samples as little-endian 16-bit into {@code bytes} from {@code offset}. */
    static void encode(short[] samples, int count, byte[] bytes, int offset) {
        for (int i = 0; i < count; i++) {
            bytes[offset + 2 * i] = (byte) samples[i];
            bytes[offset + 2 * i + 1] = (byte) (samples[i] >> 8);
        }
    }

    /** 10 ms of {@code format}, in whole frames: the chunk the device threads move at once. */
    static int chunkBytes(AudioFormat format) {
        return Math.max(1, Math.round(format.getFrameRate() / 100)) * format.getFrameSize();
    }
}
