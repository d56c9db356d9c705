package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import im.parley.client.history.ProfilePreferences;
import im.parley.ui.theme.Themes;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings window as a user switches the theme (TestFX, headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {
    @TempDir
    static Path profile;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Themes.apply(Themes.Theme.LIGHT);
        AppearanceViewModel.Looks looks = new AppearanceViewModel.Looks() {
            @Override
            public void theme(Themes.Theme theme) {
                Themes.apply(theme);
                Themes.style(scene);
            }

            @Override
            public void fontScale(double scale) {
                Themes.fontScale(scale, List.of(scene));
            }
        };
        AppearanceViewModel model = new AppearanceViewModel(ProfilePreferences.load(profile), Runnable::run, looks);
        SettingsWindow window = new SettingsWindow(List.of(
                new SettingsSection("appearance", "Appearance", Material2OutlinedMZ.PALETTE,
                        () -> new AppearanceView(model).root())));
        scene = new Scene(window.root(), 800, 560);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void light() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Themes.apply(Themes.Theme.LIGHT)).get();
        Themes.fontScale(1.0, List.of());
    }

    @Test
    void choosingDarkSwitchesTheWholeAppAndIsKept(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());

        robot.clickOn("#theme-dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        assertThat(ProfilePreferences.load(profile).get("theme")).contains("dark");
    }

    @Test
    void theTextSizeSliderScalesTheWindowsText(FxRobot robot) {
        robot.interact(() -> robot.lookup("#fontScale").queryAs(javafx.scene.control.Slider.class).setValue(1.4));

        assertThat(scene.getRoot().getStyle()).contains("-fx-font-size: 18px");
        assertThat(robot.lookup("#fontScalePercent").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("140 %");
    }
}
