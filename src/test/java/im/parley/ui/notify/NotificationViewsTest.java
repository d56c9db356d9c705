package im.parley.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ProfilePreferences;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.jid.Jid;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.CheckBox;
import javafx.scene.paint.Color;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The in-app toast and the settings section as the user sees and clicks them (TestFX, headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class NotificationViewsTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.org");

    private final List<Notification> opened = new CopyOnWriteArrayList<>();
    private Stage stage;
    private ToastNotifier toasts;

    @TempDir
    Path profile;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.apply(Themes.Theme.LIGHT);
        Label conversation = new Label("Conversation with Carol");
        BorderPane window = new BorderPane();
        window.setLeft(conversation);
        window.setStyle("-fx-background-color: -color-bg-default; -fx-padding: 16;");
        // The scene's root takes the font scale as its inline style: the background goes one level down.
        Scene scene = new Scene(new StackPane(window), 720, 420);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        toasts = new ToastNotifier(stage, opened::add);
    }

    private static Notification fromBob(String text) {
        return new Notification(Notification.Kind.MESSAGE, ALICE, BOB, "Bob Builder", text, true);
    }

    @Test
    void clickingTheToastOpensItsConversationAndTakesItDown(FxRobot robot) {
        Notification n = fromBob("Can we fix it?");
        robot.interact(() -> toasts.show(n));
        assertThat(robot.lookup(".toast-title").queryAs(Label.class).getText()).isEqualTo("Bob Builder");

        robot.clickOn("#toast");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(n);
        assertThat(toasts.shown()).isEmpty();
    }

    @Test
    void theCloseButtonOnlyDismisses(FxRobot robot) {
        robot.interact(() -> toasts.show(fromBob("hello")));
        robot.clickOn(".toast-close");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).isEmpty();
        assertThat(toasts.shown()).isEmpty();
    }

    @Test
    void theToastSitsAtTheTopRightNewestFirstAtMostThree(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 1; i <= 4; i++) {
                toasts.show(fromBob("message " + i));
            }
        });
        List<Popup> shown = toasts.shown();
        assertThat(shown).hasSize(3);
        Popup newest = shown.get(0);
        double contentRight = stage.getX() + stage.getScene().getX() + stage.getScene().getWidth();
        assertThat(newest.getX() + newest.getWidth()).isEqualTo(contentRight, org.assertj.core.data.Offset.offset(1.0));
        assertThat(newest.getY()).isLessThan(shown.get(1).getY());
        assertThat(((Label) newest.getContent().get(0).lookup(".toast-text")).getText()).isEqualTo("message 4");
    }

    @Test
    void aToastGoesAwayOnItsOwnAfterFiveSeconds(FxRobot robot) throws Exception {
        robot.interact(() -> toasts.show(fromBob("soon gone")));
        assertThat(toasts.shown()).hasSize(1);

        WaitForAsyncUtils.waitFor((long) ToastNotifier.SHOWN.toSeconds() + 3, TimeUnit.SECONDS, () -> toasts.shown().isEmpty());
    }

    @Test
    void theSettingsSectionSwitchesTheViewModel(FxRobot robot) {
        NotificationSettingsViewModel model = new NotificationSettingsViewModel(ProfilePreferences.load(profile),
                Runnable::run, Runnable::run);
        robot.interact(() -> stage.getScene().setRoot(new VBox(new NotificationSettingsView(model).root())));

        robot.clickOn("#notify-text");
        assertThat(model.showTextProperty().get()).isFalse();
        robot.clickOn("#notify-enabled");
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(robot.lookup("#notify-sound").queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(new NotificationSettingsViewModel(ProfilePreferences.load(profile), Runnable::run, Runnable::run)
                .current()).isEqualTo(new NotificationSettings(false, true, false));
    }

    /** Pictures to look at: the toast over the window in both themes (/tmp/toast-light.png, /tmp/toast-dark.png). */
    @Test
    void theToastIsWrittenAsAPictureInBothThemes(FxRobot robot) throws Exception {
        shoot(robot, Themes.Theme.LIGHT, Path.of("/tmp/toast-light.png"));
        shoot(robot, Themes.Theme.DARK, Path.of("/tmp/toast-dark.png"));
    }

    private void shoot(FxRobot robot, Themes.Theme theme, Path file) throws Exception {
        robot.interact(() -> {
            toasts.close();
            Themes.apply(theme);
            toasts.show(new Notification(Notification.Kind.SUBSCRIPTION_REQUEST, ALICE, Jid.of("carol@example.org"),
                    "Contact request", "Carol (carol@example.org) wants to add you as a contact.", true));
            toasts.show(fromBob("Can we fix it? Yes we can! The roof of the shed is leaking again and the forecast"
                    + " says rain all week, could you bring the big ladder…"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Scene main = stage.getScene();
            BufferedImage picture = SwingFXUtils.fromFXImage(main.snapshot(null), null);
            Graphics2D g = picture.createGraphics();
            List<Popup> newestFirst = toasts.shown();
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                Popup p = newestFirst.get(i);
                SnapshotParameters transparent = new SnapshotParameters();
                transparent.setFill(Color.TRANSPARENT);
                BufferedImage toast = SwingFXUtils.fromFXImage(p.getScene().getRoot().snapshot(transparent, null), null);
                g.drawImage(toast, (int) (p.getX() - stage.getX() - main.getX()),
                        (int) (p.getY() - stage.getY() - main.getY()), null);
            }
            g.dispose();
            ImageIO.write(picture, "png", file.toFile());
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(file).exists();
    }
}
