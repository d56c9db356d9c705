package im.parley.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ProfilePreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationSettingsViewModelTest {
    @TempDir
    Path profile;

    private final Executor now = Runnable::run;

    @Test
    void aNewProfileHasEverythingOnAndWritesNothingUntilTheUserChanges() {
        NotificationSettingsViewModel model = new NotificationSettingsViewModel(ProfilePreferences.load(profile), now, now);

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.current()).isEqualTo(NotificationSettings.DEFAULT);
        assertThat(profile.resolve("preferences.properties")).doesNotExist();
    }

    @Test
    void eachChangeIsKeptAndReadBackNextTime() {
        NotificationSettingsViewModel model = new NotificationSettingsViewModel(ProfilePreferences.load(profile), now, now);
        model.soundProperty().set(false);
        model.showTextProperty().set(false);

        NotificationSettingsViewModel next = new NotificationSettingsViewModel(ProfilePreferences.load(profile), now, now);
        assertThat(next.current()).isEqualTo(new NotificationSettings(true, false, false));
        assertThat(ProfilePreferences.load(profile).get("notification-sound")).contains("false");
    }

    @Test
    void theSoundAndTextSwitchesFollowTheMainOne() {
        NotificationSettingsViewModel model = new NotificationSettingsViewModel(ProfilePreferences.load(profile), now, now);
        assertThat(model.detailsDisabled().get()).isFalse();

        model.enabledProperty().set(false);

        assertThat(model.detailsDisabled().get()).isTrue();
        assertThat(new NotificationSettingsViewModel(ProfilePreferences.load(profile), now, now).current().enabled())
                .isFalse();
    }

    @Test
    void readingAndWritingHappenOnTheIoExecutorTheValuesOnTheUiOne() {
        List<Runnable> io = new ArrayList<>();
        List<Runnable> ui = new ArrayList<>();
        ProfilePreferences preferences = ProfilePreferences.load(profile);
        preferences.put("notifications", "false");
        NotificationSettingsViewModel model = new NotificationSettingsViewModel(preferences, io::add, ui::add);
        assertThat(model.loadedProperty().get()).isFalse();

        io.remove(0).run();
        assertThat(model.current().enabled()).as("not before the UI executor ran").isTrue();
        ui.remove(0).run();
        assertThat(model.current().enabled()).isFalse();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(io).as("the values read are not written back").isEmpty();

        model.soundProperty().set(false);
        assertThat(preferences.get("notification-sound")).as("not written on the UI thread").isEmpty();
        io.remove(0).run();
        assertThat(preferences.get("notification-sound")).contains("false");
    }
}
