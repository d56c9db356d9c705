package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ProfilePreferences;
import im.parley.ui.settings.AppearanceViewModel.ThemeChoice;
import im.parley.ui.theme.Themes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme and text size: applied at once, kept as ParleyApp reads them at start. */
class SettingsAppearanceTest {
    @TempDir
    Path profile;
    private final List<Object> applied = new ArrayList<>();
    private final AppearanceViewModel.Looks looks = new AppearanceViewModel.Looks() {
        @Override
        public void theme(Themes.Theme theme) {
            applied.add(theme);
        }

        @Override
        public void fontScale(double scale) {
            applied.add(scale);
        }
    };

    @Test
    void aChosenThemeIsAppliedAndKeptForTheNextStart() {
        AppearanceViewModel model = new AppearanceViewModel(ProfilePreferences.load(profile), Runnable::run, looks);
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);

        model.chooseTheme(ThemeChoice.DARK);

        assertThat(applied).containsExactly(Themes.Theme.DARK);
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        ProfilePreferences reread = ProfilePreferences.load(profile);
        assertThat(reread.get("theme")).contains("dark");
        assertThat(Themes.Theme.parse(reread.get("theme").orElseThrow())).isEqualTo(Themes.Theme.DARK);
        assertThat(new AppearanceViewModel(reread, Runnable::run, looks).themeProperty().get())
                .isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void followingTheSystemIsKeptAsSystemNotAsWhatItResolvedTo() {
        AppearanceViewModel model = new AppearanceViewModel(ProfilePreferences.load(profile), Runnable::run, looks);
        model.chooseTheme(ThemeChoice.LIGHT);
        model.chooseTheme(ThemeChoice.SYSTEM);

        assertThat(applied).containsExactly(Themes.Theme.LIGHT, Themes.systemPreference());
        assertThat(ProfilePreferences.load(profile).get("theme")).contains("system");
    }

    @Test
    void theTextSizeMovesInTenPercentStepsWithinItsBounds() {
        AppearanceViewModel model = new AppearanceViewModel(ProfilePreferences.load(profile), Runnable::run, looks);

        model.chooseFontScale(1.234);
        model.chooseFontScale(1.21);
        model.chooseFontScale(9);

        assertThat(applied).containsExactly(1.2, 1.6);
        assertThat(ProfilePreferences.load(profile).number("font-scale", 0)).isEqualTo(1.6);
        model.chooseFontScale(0.1);
        assertThat(model.fontScaleProperty().get()).isEqualTo(0.8);
    }
}
