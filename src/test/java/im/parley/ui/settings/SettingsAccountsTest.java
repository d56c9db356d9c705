package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.Profile;
import im.parley.client.secrets.EncryptedFilePasswordStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings > Accounts with no account yet: it says so, and offers to add one. */
@ExtendWith(ApplicationExtension.class)
class SettingsAccountsTest {
    private final AtomicInteger addAccount = new AtomicInteger();
    private Profile profile;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("parley-settings-accounts");
        profile = Profile.open(folder);
        AccountsViewModel model = new AccountsViewModel(profile, new EncryptedFilePasswordStore(folder), List.of(),
                closed -> { }, Runnable::run, Runnable::run);
        stage.setScene(new Scene(new StackPane(new AccountsView(model, addAccount::incrementAndGet).root()), 700, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        profile.close();
    }

    @Test
    void anAccountIsAddedFromThePageThatListsThem(FxRobot robot) {
        assertThat(robot.lookup("No account yet.").tryQuery()).isPresent();
        robot.clickOn("#addAccountInSettings");
        assertThat(addAccount).hasValue(1);
    }
}
