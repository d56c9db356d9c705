package im.parley.media.audio;

/** A sine tone: the synthetic microphone of tests and of the settings' test call. */
public final class ToneSource implements AudioSource {
    private final double step;
    private final double amplitude;
    private double phase;

    public ToneSource(double hertz, double amplitude) {
        if (hertz <= 0 || hertz >= AudioFormat48k.SAMPLE_RATE / 2.0) {
            throw new IllegalArgumentException("tone " + hertz + " Hz");
        }
        this.step = 2 * Math.PI * hertz / AudioFormat48k.SAMPLE_RATE;
        this.amplitude = Math.max(0, Math.min(1, amplitude)) * Short.MAX_VALUE;
    }

    @Override
    public void read(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(amplitude * Math.sin(phase));
            phase += step;
        }
        phase %= 2 * Math.PI;
    }
}
