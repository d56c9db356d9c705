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

    /** 100 ms: a whole number of periods of the test tones (440, 660 Hz), and short enough to step over a gap. */
    static final int BLOCK = AudioFormat48k.SAMPLE_RATE / 10;
    /** Mean square below which a block is silence (a sample amplitude of about 64 of 32767). */
    private static final double SILENT_POWER = 64.0 * 64.0;

    /**
     * The energy share of {@code hertz} in what was heard: over the 100 ms blocks that are not
     * silent, the tone's energy (measured within each block) against all their energy; 0 when all
     * are silent. A stretch of silence (a late packet played out as nothing) says nothing about
     * which tone arrived, and taken whole would weigh as a third of the share for a third of a
     * second; the wrong tone, noise or distortion in the heard blocks still lowers it.
     */
    public static double heardShare(short[] samples, int offset, int count, double hertz) {
        double tone = 0;
        double all = 0;
        for (int start = offset; start + BLOCK <= offset + count; start += BLOCK) {
            double total = 0;
            for (int i = start; i < start + BLOCK; i++) {
                total += (double) samples[i] * samples[i];
            }
            if (total / BLOCK >= SILENT_POWER) {
                tone += energyShare(samples, start, BLOCK, hertz) * total;
                all += total;
            }
        }
        return all == 0 ? 0 : tone / all;
    }
}
