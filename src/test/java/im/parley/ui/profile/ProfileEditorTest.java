package im.parley.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.jid.Jid;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor as typed into: the mood list narrows to what is typed, and Enter takes it. */
@ExtendWith(ApplicationExtension.class)
class ProfileEditorTest {
    private static final Jid ME = Jid.of("me@example.org");
    private ProfileEditorViewModel model;

    @Start
    void start(Stage stage) {
        OwnProfile nothing = new OwnProfile() {
            @Override
            public CompletableFuture<Profile> load() {
                return CompletableFuture.completedFuture(Profile.empty(ME));
            }

            @Override
            public CompletableFuture<Void> publish(ProfileItem item, AccessModel access) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<String> setAvatar(AvatarImage image, AccessModel access) {
                return CompletableFuture.completedFuture("");
            }

            @Override
            public Optional<byte[]> avatar(String sha1) {
                return Optional.empty();
            }
        };
        model = new ProfileEditorViewModel(nothing, ME, Runnable::run, Runnable::run);
        stage.setScene(new Scene(new ProfileEditor(model).root(), 920, 700));
        stage.show();
    }

    @Test
    void typingPartOfAMoodAndEnterChoosesIt(FxRobot robot) {
        robot.clickOn("#moodChoice").write("in l").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.moodProperty().get()).isEqualTo(Mood.IN_LOVE);
        robot.clickOn("#moodText").write("with PEP");
        assertThat(model.moodTextProperty().get()).isEqualTo("with PEP");
    }

    @Test
    void theOpenListShrinksToWhatTheTypedTextLeaves(FxRobot robot) {
        robot.clickOn("#moodChoice").write("t");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        double tall = list.getHeight();
        robot.write("ired");
        WaitForAsyncUtils.waitForFxEvents();
        list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getHeight()).as("one row high, not the height it opened with (%s)", tall).isLessThan(tall / 3);
        assertThat(robot.lookup("#moodChoice").queryAs(ComboBox.class).getEditor().getText())
                .as("what was typed stays while the list is shown again").isEqualTo("tired");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.moodProperty().get()).isEqualTo(Mood.TIRED);
    }
}
