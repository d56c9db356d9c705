package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The microphone's ring, through a fake line: the media thread never waits for the device. */
class MicrophoneSourceTest {
    private static final int FRAME = AudioFormat48k.SAMPLES_PER_FRAME;

    private static short[] counting(int from, int count) {
        short[] s = new short[count];
        for (int i = 0; i < count; i++) {
            s[i] = (short) (from + i);
        }
        return s;
    }

    @Test
    void aSilentDeviceGivesSilenceWithoutBlocking() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        try (MicrophoneSource microphone = MicrophoneSource.start(line, 120)) {
            short[] frame = counting(1, FRAME);

            assertTimeoutPreemptively(Duration.ofMillis(500), () -> microphone.read(frame));

            assertThat(frame).containsOnly((short) 0);
        }
    }

    @Test
    void anUnderrunGivesWhatIsThereThenSilence() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        try (MicrophoneSource microphone = MicrophoneSource.start(line, 120)) {
            line.deliver(counting(1, 240));
            line.awaitDrained();
            short[] frame = new short[FRAME];

            microphone.read(frame);

            assertThat(Arrays.copyOf(frame, 240)).containsExactly(counting(1, 240));
            assertThat(Arrays.copyOfRange(frame, 240, FRAME)).containsOnly((short) 0);
        }
    }

    @Test
    void anOverrunDropsTheOldestAudio() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        try (MicrophoneSource microphone = MicrophoneSource.start(line, 20)) {
            for (int f = 0; f < 3; f++) {
                line.deliver(counting(f * FRAME, FRAME));
            }
            line.awaitDrained();
            short[] frame = new short[FRAME];

            microphone.read(frame);

            assertThat(frame).containsExactly(counting(2 * FRAME, FRAME));
            assertThat(microphone.droppedSamples()).isEqualTo(2 * FRAME);
            microphone.read(frame);
            assertThat(frame).containsOnly((short) 0);
        }
    }

    @Test
    void aDeviceInAnotherFormatIsConvertedToTheCallFormat() throws Exception {
        // A typical sound card: 44.1 kHz stereo, big-endian here to exercise the byte order too.
        AudioFormat cd = new AudioFormat(44_100f, 16, 2, true, true);
        FakeCaptureLine line = new FakeCaptureLine(cd);
        try (MicrophoneSource microphone = MicrophoneSource.start(line, 1000)) {
            line.deliver(tone(cd, 1000, 44_100 / 2));
            line.awaitDrained();
            short[] received = new short[FRAME * 20];
            short[] frame = new short[FRAME];
            for (int f = 0; f < 20; f++) {
                microphone.read(frame);
                System.arraycopy(frame, 0, received, f * FRAME, FRAME);
            }

            assertThat(Goertzel.energyShare(received, FRAME, received.length - FRAME, 1000)).isGreaterThan(0.9);
        }
    }

    /** {@code frames} of a tone in {@code format}, both channels alike. */
    static byte[] tone(AudioFormat format, double hertz, int frames) throws Exception {
        short[] mono = new short[frames];
        for (int i = 0; i < frames; i++) {
            mono[i] = (short) (10_000 * Math.sin(2 * Math.PI * hertz * i / format.getSampleRate()));
        }
        byte[] bytes = new byte[frames * format.getFrameSize()];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < format.getChannels(); c++) {
                int at = i * format.getFrameSize() + c * 2;
                byte high = (byte) (mono[i] >> 8);
                byte low = (byte) mono[i];
                bytes[at] = format.isBigEndian() ? high : low;
                bytes[at + 1] = format.isBigEndian() ? low : high;
            }
        }
        return bytes;
    }

    @Test
    void closeStopsTheDeviceAndItsThread() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        MicrophoneSource microphone = MicrophoneSource.start(line, 120);
        line.awaitDrained();

        microphone.close();

        assertThat(line.closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("parley-microphone"));
        line.deliver(counting(1, FRAME));
        short[] frame = new short[FRAME];
        microphone.read(frame);
        assertThat(frame).containsOnly((short) 0);
    }

    @Test
    void aFormatJavaSoundCannotConvertIsRefusedAndTheLineClosed() {
        AudioFormat opaque = new AudioFormat(new AudioFormat.Encoding("VORBISENC"), 48_000f, AudioSystem.NOT_SPECIFIED,
                1, AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, false);
        FakeCaptureLine line = new FakeCaptureLine(opaque);

        assertThatThrownBy(() -> MicrophoneSource.start(line, 120)).isInstanceOf(SoundDeviceException.class)
                .hasMessageContaining("cannot convert");
        assertThat(line.closed).isTrue();
    }

    @Test
    void anUnpluggedDeviceIsReportedLostAndTheCallHearsSilence() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        try (MicrophoneSource microphone = MicrophoneSource.start(line, 120)) {
            line.unplug();

            microphone.lost().get(5, java.util.concurrent.TimeUnit.SECONDS);
            short[] frame = counting(1, FRAME);
            microphone.read(frame);
            assertThat(frame).containsOnly((short) 0);
        }
    }

    @Test
    void aClosedDeviceIsNotLost() throws Exception {
        FakeCaptureLine line = new FakeCaptureLine(SoundDevices.CALL_FORMAT);
        MicrophoneSource microphone = MicrophoneSource.start(line, 120);

        microphone.close();

        assertThat(line.closed).isTrue();
        assertThat(microphone.lost()).isNotDone();
    }
}
