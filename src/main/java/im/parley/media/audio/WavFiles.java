package im.parley.media.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * WAV in and out through Java Sound, converted to and from the call format (48 kHz 16-bit mono):
 * `call --play` and `--record` use these; nothing here touches a sound device.
 */
public final class WavFiles {
    private static final AudioFormat CALL_FORMAT =
            new AudioFormat(AudioFormat48k.SAMPLE_RATE, 16, 1, true, false);

    private WavFiles() {
    }

    /** A source that plays the file in a loop (the call lasts as long as the user wants). */
    public static AudioSource loop(File wav) throws IOException {
        short[] pcm = read(wav);
        if (pcm.length == 0) {
            throw new IOException(wav + " has no samples");
        }
        return new AudioSource() {
            private int next;

            @Override
            public void read(short[] frame) {
                for (int i = 0; i < frame.length; i++) {
                    frame[i] = pcm[next];
                    next = (next + 1) % pcm.length;
                }
            }
        };
    }

    /** The whole file as 48 kHz mono PCM. */
    public static short[] read(File wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav)) {
            AudioInputStream converted = convert(in);
            byte[] bytes = converted.readAllBytes();
            short[] pcm = new short[bytes.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return pcm;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(wav + ": not a WAV file Java Sound can read", e);
        }
    }

    private static AudioInputStream convert(AudioInputStream in) throws IOException {
        AudioFormat source = in.getFormat();
        AudioInputStream pcm = in;
        if (source.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || source.getSampleSizeInBits() != 16) {
            pcm = AudioSystem.getAudioInputStream(new AudioFormat(source.getSampleRate(), 16,
                    source.getChannels(), true, false), in);
        }
        if (pcm.getFormat().matches(CALL_FORMAT)) {
            return pcm;
        }
        if (!AudioSystem.isConversionSupported(CALL_FORMAT, pcm.getFormat())) {
            throw new IOException("cannot convert " + source + " to 48 kHz mono");
        }
        return AudioSystem.getAudioInputStream(CALL_FORMAT, pcm);
    }

    /** Writes 48 kHz mono PCM as a WAV file. */
    public static void write(File wav, short[] samples, int count) throws IOException {
        byte[] bytes = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        try (InputStream data = new ByteArrayInputStream(bytes);
                AudioInputStream stream = new AudioInputStream(data, CALL_FORMAT, count)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, wav);
        }
    }

    /** A sink that keeps everything received and writes it out when the call ends. */
    public static final class Recorder implements AudioSink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(short[] samples, int count) {
            for (int i = 0; i < count; i++) {
                bytes.write(samples[i]);
                bytes.write(samples[i] >> 8);
            }
        }

        public synchronized void save(File wav) throws IOException {
            byte[] data = bytes.toByteArray();
            short[] pcm = new short[data.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((data[2 * i] & 0xff) | (data[2 * i + 1] << 8));
            }
            WavFiles.write(wav, pcm, pcm.length);
        }
    }
}
