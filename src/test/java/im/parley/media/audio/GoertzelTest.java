package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GoertzelTest {
    private static final int SECOND = AudioFormat48k.SAMPLE_RATE;

    private static short[] tone(double hertz, int count) {
        short[] out = new short[count];
        for (int i = 0; i < count; i++) {
            out[i] = (short) (16_000 * Math.sin(2 * Math.PI * hertz * i / SECOND));
        }
        return out;
    }

    @Test
    void aWholeSecondOfTheToneIsAllOfIt() {
        short[] heard = tone(440, SECOND);
        assertThat(Goertzel.energyShare(heard, 0, SECOND, 440)).isGreaterThan(0.95);
        assertThat(Goertzel.heardShare(heard, 0, SECOND, 440)).isGreaterThan(0.95);
        assertThat(Goertzel.heardShare(heard, 0, SECOND, 660)).isLessThan(0.05);
    }

    @Test
    void aThirdOfASecondOfSilenceCountsAgainstTheToneOnlyWhenTakenWhole() {
        short[] heard = tone(440, SECOND);
        java.util.Arrays.fill(heard, SECOND / 3, 2 * SECOND / 3, (short) 0);
        assertThat(Goertzel.energyShare(heard, 0, SECOND, 440)).as("silence weighs as a third").isLessThan(0.7);
        assertThat(Goertzel.heardShare(heard, 0, SECOND, 440)).as("only what was heard").isGreaterThan(0.9);
    }

    @Test
    void noiseInWhatWasHeardStillLowersTheShareAndSilenceAloneIsNothing() {
        short[] heard = tone(440, SECOND);
        Random random = new Random(7);
        for (int i = 0; i < SECOND; i++) {
            heard[i] = (short) (heard[i] / 2 + random.nextInt(16_000) - 8_000);
        }
        assertThat(Goertzel.heardShare(heard, 0, SECOND, 440)).isBetween(0.2, 0.8);
        assertThat(Goertzel.heardShare(new short[SECOND], 0, SECOND, 440)).isZero();
    }
}
