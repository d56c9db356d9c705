package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CameraDevice;
import im.parley.client.call.DevicePreferences;
import im.parley.ui.theme.Themes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call devices page with what a build machine has: sound devices given as plain values (the
 * machine has none), no camera, so "No camera found" says it plainly and the camera list is off.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDevicesTest {
    private static final AudioDevice HEADSET = new AudioDevice("USB Headset", "USB Headset", "USB Audio, mono in");
    private static final AudioDevice SPEAKERS = new AudioDevice("Speakers", "Speakers", "HDA Intel");

    @TempDir
    static Path profile;
    private DevicesViewModel model;

    @Start
    void start(Stage stage) {
        Themes.apply(Themes.Theme.LIGHT);
        model = new DevicesViewModel(profile.resolve("devices.properties"), new DevicesViewModel.Devices() {
            @Override
            public List<AudioDevice> microphones() {
                return List.of(HEADSET);
            }

            @Override
            public List<AudioDevice> speakers() {
                return List.of(SPEAKERS);
            }

            @Override
            public List<CameraDevice> cameras() {
                return List.of();
            }
        }, Runnable::run, Platform::runLater);
        Scene scene = new Scene(new StackPane(new DevicesView(model, Platform::runLater).root()), 720, 640);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withoutACameraThePageSaysSoAndTheListIsOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.listedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label none = robot.lookup("#noCamera").queryAs(Label.class);
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getText()).isEqualTo("No camera found.");
        assertThat(robot.lookup("#cameras").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#noMicrophone").query().isVisible()).isFalse();
        assertThat(robot.lookup("#microphones").queryAs(ComboBox.class).getValue()).isEqualTo(HEADSET);
        assertThat(robot.lookup("#microphoneLevel").queryAs(ProgressBar.class).getProgress()).isZero();
        assertThat(DevicePreferences.load(profile.resolve("devices.properties")))
                .as("listing chooses nothing on the user's behalf").isEqualTo(DevicePreferences.NONE);
    }

    @Test
    void theMeterShowsLoudnessOnADecibelScale() {
        assertThat(DevicesViewModel.share(new short[960])).isZero();
        short[] full = new short[960];
        java.util.Arrays.fill(full, Short.MAX_VALUE);
        assertThat(DevicesViewModel.share(full)).isEqualTo(1.0);
        short[] quiet = new short[960];
        // -30 dBFS: half way up a meter whose floor is -60 dB.
        java.util.Arrays.fill(quiet, (short) Math.round(Short.MAX_VALUE * Math.pow(10, -30 / 20.0)));
        assertThat(DevicesViewModel.share(quiet)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }
}
