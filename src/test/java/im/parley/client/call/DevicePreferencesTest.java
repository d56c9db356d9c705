package im.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devices chosen in settings, kept in the profile. */
class DevicePreferencesTest {
    @TempDir
    Path profile;

    @Test
    void whatIsSavedIsLoadedAgainAndForgettingOneKeepsTheOther() {
        Path file = profile.resolve("devices.properties");
        DevicePreferences.NONE.withMicrophone("mic:USB Headset #0").withSpeaker("speaker:=ü").save(file);
        DevicePreferences loaded = DevicePreferences.load(file);
        assertThat(loaded).isEqualTo(new DevicePreferences("mic:USB Headset #0", "speaker:=ü"));

        loaded.withMicrophone(null).save(file);
        assertThat(DevicePreferences.load(file)).isEqualTo(new DevicePreferences(null, "speaker:=ü"));
    }

    @Test
    void theCameraIsKeptBesideTheSoundDevices() {
        Path file = profile.resolve("devices.properties");
        DevicePreferences.NONE.withSpeaker("speaker:1").withCamera("/dev/video2").save(file);
        DevicePreferences loaded = DevicePreferences.load(file);
        assertThat(loaded.chosenCamera()).contains("/dev/video2");
        assertThat(loaded.withMicrophone("mic:1")).isEqualTo(new DevicePreferences("mic:1", "speaker:1", "/dev/video2"));
    }

    @Test
    void noFileMeansNothingChosen() {
        assertThat(DevicePreferences.load(profile.resolve("absent.properties"))).isEqualTo(DevicePreferences.NONE);
    }

    @Test
    void aDamagedFileIsIgnoredRatherThanFailingTheCall() throws Exception {
        Path file = profile.resolve("devices.properties");
        Files.writeString(file, "microphone=\\uZZZZ\n");
        assertThat(DevicePreferences.load(file)).isEqualTo(DevicePreferences.NONE);
    }
}
