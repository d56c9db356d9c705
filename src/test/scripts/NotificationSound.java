import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Writes Parley's notification sound: a soft two-note chime (E6 then A6, a rising fourth) of
 * 0.32 s, 44.1 kHz 16-bit mono; {@code java src/test/scripts/NotificationSound.java resources/sounds/notification.wav}.
 */
public class NotificationSound {
    private static final float RATE = 44_100f;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "resources/sounds/notification.wav");
        out.getParentFile().mkdirs();
        double seconds = 0.32;
        int n = (int) (RATE * seconds);
        double[] mix = new double[n];
        note(mix, 0.0, 1318.51, 0.55);
        note(mix, 0.09, 1760.00, 0.50);
        byte[] pcm = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            // The last 20 ms fade to zero so the clip never ends on a click.
            double tail = Math.min(1.0, (n - i) / (RATE * 0.02));
            int v = (int) Math.round(Math.max(-1, Math.min(1, mix[i] * tail)) * 32767 * 0.5);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, n)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        }
    }

    /** A bell-like note: the fundamental with a quiet octave, 5 ms attack, exponential decay. */
    private static void note(double[] mix, double start, double hz, double gain) {
        int from = (int) (start * RATE);
        for (int i = from; i < mix.length; i++) {
            double t = (i - from) / RATE;
            double envelope = Math.min(1.0, t / 0.005) * Math.exp(-t * 14);
            mix[i] += gain * envelope * (Math.sin(2 * Math.PI * hz * t) + 0.25 * Math.sin(4 * Math.PI * hz * t));
        }
    }
}
