package im.parley.media.audio;

/** The one PCM format calls use inside Parley: 48 kHz, 16-bit signed, mono, 20 ms frames (Opus's own rate). */
public final class AudioFormat48k {
    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_MILLIS = 20;
    public static final int SAMPLES_PER_FRAME = SAMPLE_RATE * FRAME_MILLIS / 1000;

    private AudioFormat48k() {
    }
}
