package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

/** The speaker's ring, through a fake line: the media thread never waits for the device. */
class SpeakerSinkTest {
    private static final int FRAME = AudioFormat48k.SAMPLES_PER_FRAME;
    /** What the player moves at once: 10 ms. */
    private static final int CHUNK = FRAME / 2;

    private static short[] counting(int from, int count) {
        short[] s = new short[count];
        for (int i = 0; i < count; i++) {
            s[i] = (short) (from + i);
        }
        return s;
    }

    private static void awaitPlayed(FakePlaybackLine line, int bytes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (line.played().length < bytes && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void samplesReachTheDeviceInOrder() throws Exception {
        FakePlaybackLine line = new FakePlaybackLine(SoundDevices.CALL_FORMAT, false);
        try (SpeakerSink speaker = SpeakerSink.start(line, 200)) {
            speaker.write(counting(1, FRAME), FRAME);
            speaker.write(counting(1 + FRAME, FRAME), 100);
            awaitPlayed(line, 2 * (FRAME + 100));

            assertThat(line.playedSamples()).containsExactly(counting(1, FRAME + 100));
        }
    }

    @Test
    void aStuckDeviceNeverBlocksTheWriter() throws Exception {
        FakePlaybackLine line = new FakePlaybackLine(SoundDevices.CALL_FORMAT, true);
        try (SpeakerSink speaker = SpeakerSink.start(line, 200)) {
            short[] frame = counting(1, FRAME);

            // A whole second of audio against a device that takes nothing.
            assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
                for (int f = 0; f < 50; f++) {
                    speaker.write(frame, FRAME);
                }
            });

            assertThat(speaker.droppedSamples()).isGreaterThan(0);
            assertThat(line.played()).isEmpty();
        }
    }

    @Test
    void anOverrunDropsTheOldestAudio() throws Exception {
        FakePlaybackLine line = new FakePlaybackLine(SoundDevices.CALL_FORMAT, true);
        try (SpeakerSink speaker = SpeakerSink.start(line, 20)) {
            speaker.write(counting(0, CHUNK), CHUNK);
            line.awaitWriting();
            // The player holds the first chunk; the ring (one frame) keeps the newest two of these three.
            for (int c = 1; c <= 3; c++) {
                speaker.write(counting(c * CHUNK, CHUNK), CHUNK);
            }

            line.release();
            awaitPlayed(line, 2 * 3 * CHUNK);

            short[] played = line.playedSamples();
            assertThat(played).hasSize(3 * CHUNK);
            assertThat(played).startsWith(counting(0, CHUNK)).endsWith(counting(2 * CHUNK, 2 * CHUNK));
            assertThat(speaker.droppedSamples()).isEqualTo(CHUNK);
        }
    }

    @Test
    void aDeviceInAnotherFormatGetsTheAudioConverted() throws Exception {
        AudioFormat cd = new AudioFormat(44_100f, 16, 2, true, false);
        FakePlaybackLine line = new FakePlaybackLine(cd, false);
        try (SpeakerSink speaker = SpeakerSink.start(line, 1000)) {
            ToneSource tone = new ToneSource(1000, 0.5);
            short[] frame = new short[FRAME];
            for (int f = 0; f < 25; f++) {
                tone.read(frame);
                speaker.write(frame, FRAME);
            }
            // Half a second at 44.1 kHz, 4 bytes a frame; the resampler may hold back a little.
            awaitPlayed(line, 44_100 * 4 * 2 / 5);

            byte[] played = line.played();
            short[] left = new short[played.length / 4];
            for (int i = 0; i < left.length; i++) {
                left[i] = (short) ((played[4 * i] & 0xff) | played[4 * i + 1] << 8);
                assertThat(played[4 * i + 2]).isEqualTo(played[4 * i]);
                assertThat(played[4 * i + 3]).isEqualTo(played[4 * i + 1]);
            }
            assertThat(left.length).isGreaterThanOrEqualTo(44_100 * 2 / 5);
            // Goertzel counts in 48 kHz samples: 1 kHz at 44.1 kHz is its 48000/44100 kHz.
            assertThat(Goertzel.energyShare(left, 1000, left.length - 1000, 1000 * 48_000 / 44_100.0)).isGreaterThan(0.9);
        }
    }

    @Test
    void closeStopsTheDeviceAndItsThreadAndLaterAudioIsDropped() throws Exception {
        FakePlaybackLine line = new FakePlaybackLine(SoundDevices.CALL_FORMAT, true);
        SpeakerSink speaker = SpeakerSink.start(line, 200);
        speaker.write(counting(1, FRAME), FRAME);
        line.awaitWriting();

        speaker.close();
        speaker.write(counting(1, FRAME), FRAME);

        assertThat(line.closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("parley-speaker"));
        assertThat(line.played()).isEmpty();
    }
}
