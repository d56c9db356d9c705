package im.parley.media.audio;

/**
 * The share of a signal's energy at one frequency (Goertzel algorithm): how tests and the call
 * statistics tell that the far end's tone arrived, without an FFT.
 */
public final class Goertzel {
    private Goertzel() {
    }

    /** Power at {@code hertz} relative to the total power of the samples, from 0 to about 1. */
    public static double energyShare(short[] samples, int offset, int count, double hertz) {
        if (count <= 0) {
            return 0;
        }
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / AudioFormat48k.SAMPLE_RATE);
        double s1 = 0;
        double s2 = 0;
        double total = 0;
        for (int i = offset; i < offset + count; i++) {
            double x = samples[i];
            total += x * x;
            double s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        if (total == 0) {
            return 0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        // A pure tone over N samples gives power N^2/4 * A^2 and total N * A^2 / 2.
        return power * 2 / (count * total);
    }
}
