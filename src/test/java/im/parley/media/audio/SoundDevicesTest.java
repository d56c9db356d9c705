package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** Listing and opening work on any machine, one without sound devices included (CI has none). */
class SoundDevicesTest {
    @Test
    void listingWorksWithOrWithoutDevicesAndIdsAreUnique() {
        List<SoundDevices.SoundDevice> microphones = SoundDevices.microphones();
        List<SoundDevices.SoundDevice> speakers = SoundDevices.speakers();

        assertThat(microphones).doesNotHaveDuplicates().allSatisfy(d -> assertThat(d.id()).startsWith(d.name()));
        assertThat(speakers).doesNotHaveDuplicates().allSatisfy(d -> assertThat(d.id()).startsWith(d.name()));
        assertThat(microphones.stream().map(SoundDevices.SoundDevice::id)).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownDeviceIsATypedError() {
        SoundDevices.SoundDevice gone = new SoundDevices.SoundDevice("unplugged headset", "unplugged headset", "");

        assertThatThrownBy(() -> MicrophoneSource.open(gone)).isInstanceOf(SoundDeviceException.class)
                .hasMessageContaining("unplugged headset");
        assertThatThrownBy(() -> SpeakerSink.open(gone)).isInstanceOf(SoundDeviceException.class)
                .hasMessageContaining("unplugged headset");
    }

    @Test
    void whatAMixerLeavesOpenIsFilledInForTheCall() {
        AudioFormat anyRate = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, AudioSystem.NOT_SPECIFIED, 16,
                AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, true);

        AudioFormat concrete = SoundDevices.concrete(anyRate).orElseThrow();

        assertThat(concrete.getSampleRate()).isEqualTo(48_000f);
        assertThat(concrete.getFrameRate()).isEqualTo(48_000f);
        assertThat(concrete.getChannels()).isEqualTo(1);
        assertThat(concrete.getFrameSize()).isEqualTo(2);
        assertThat(concrete.isBigEndian()).isTrue();
    }

    @Test
    void aStereoFormatKeepsItsChannelsAndRate() {
        AudioFormat stereo = new AudioFormat(44_100f, 24, 2, true, false);

        AudioFormat concrete = SoundDevices.concrete(stereo).orElseThrow();

        assertThat(concrete.getSampleRate()).isEqualTo(44_100f);
        assertThat(concrete.getFrameSize()).isEqualTo(6);
    }

    @Test
    void compressedFormatsAreNotOffered() {
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000f, 8, 1, 1, 8000f, false);

        assertThat(SoundDevices.concrete(ulaw)).isEmpty();
    }
}
