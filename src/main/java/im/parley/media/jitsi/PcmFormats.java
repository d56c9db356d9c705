package im.parley.media.jitsi;

import im.parley.media.audio.AudioFormat48k;
import javax.media.Format;
import javax.media.format.AudioFormat;

/** The JMF description of the call PCM format, shared by our capture device and renderer. */
final class PcmFormats {
    static final AudioFormat MONO_48K = new AudioFormat(AudioFormat.LINEAR, AudioFormat48k.SAMPLE_RATE, 16, 1,
            AudioFormat.LITTLE_ENDIAN, AudioFormat.SIGNED, Format.NOT_SPECIFIED, Format.NOT_SPECIFIED, Format.byteArray);

    private PcmFormats() {
    }
}
