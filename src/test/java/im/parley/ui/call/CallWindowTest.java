package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallStatistics;
import im.parley.media.video.I420;
import im.parley.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call window and the ringing prompt as the user sees and clicks them (TestFX, headless), in
 * both themes; with {@code -Dparley.snapshots=DIR} their pictures go there to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class CallWindowTest {
    private static final String DIR = System.getProperty("parley.snapshots");

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> Themes.apply(Themes.Theme.LIGHT));
    }

    @Test
    void anActiveCallShowsItsDurationQualityAndControls(FxRobot robot) throws Exception {
        FakeCallHandle call = new FakeCallHandle();
        call.state = Call.State.ACTIVE;
        call.level = 20;
        call.transport = "ice-udp";
        call.statistics = new CallStatistics(131, "opus", "relay", "host", 2400, 2390, 10, 4.2, 85);
        CallViewModel model = new CallViewModel(call, "Juliet Capulet", false,
                "No camera was found: the other side sees a dark picture.", Platform::runLater, System::nanoTime);
        CallWindow[] window = new CallWindow[1];
        robot.interact(() -> {
            Themes.apply(Themes.Theme.LIGHT);
            window[0] = new CallWindow(model, new VideoFrames(Platform::runLater), new VideoFrames(Platform::runLater),
                    "juliet@capulet.lit");
            window[0].show();
        });
        call.connected.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        Eventually.until(() -> "0:00".equals(text(robot, "#callStatus")));
        assertThat(text(robot, "#callQuality")).isEqualTo("Good connection");
        assertThat(robot.lookup("#callSpeaking").query().isVisible()).isTrue();
        assertThat(robot.lookup("#callCamera").query().isDisabled()).as("no camera").isTrue();
        robot.clickOn("#callInfo");
        assertThat(text(robot, "#callDetails")).startsWith("Transport: Relayed (TURN), relay ↔ host");
        Node avatar = robot.lookup(".call-stage .contact-avatar").query();
        Node details = robot.lookup("#callDetails").query();
        Eventually.until(() -> !avatar.localToScene(avatar.getBoundsInLocal())
                .intersects(details.localToScene(details.getBoundsInLocal())));
        robot.clickOn("#callMute");
        assertThat(call.commands).containsExactly("mute true");
        snapshot(robot, window[0].stage().getScene(), "call-window.png");
        robot.interact(() -> Themes.apply(Themes.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, window[0].stage().getScene(), "call-window-dark.png");

        robot.clickOn("#hangUp");
        assertThat(call.commands).containsExactly("mute true", "hangUp");
        call.ended.complete(new CallEnd(im.parley.xmpp.ext.jingle.Reason.Condition.SUCCESS, false, "hung up"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#callStatus")).isEqualTo("Call ended");
        assertThat(robot.lookup("#hangUp").query().isDisabled()).isTrue();
    }

    @Test
    void bothPicturesAreDrawnAtTheSizeShownAndFollowTheWindow(FxRobot robot) throws Exception {
        FakeCallHandle call = FakeCallHandle.activeVideoCall();
        CallViewModel model = new CallViewModel(call, "Juliet Capulet", true, null, Platform::runLater, System::nanoTime);
        VideoFrames peer = new VideoFrames(Platform::runLater);
        VideoFrames own = new VideoFrames(Platform::runLater);
        CallWindow[] window = new CallWindow[1];
        robot.interact(() -> {
            window[0] = new CallWindow(model, peer, own, "juliet@capulet.lit");
            window[0].show();
        });
        model.poll();
        WaitForAsyncUtils.waitForFxEvents();
        byte[] grey = new byte[I420.frameBytes(320, 240)];
        Arrays.fill(grey, (byte) 128);
        own.frame(320, 240, grey);
        peer.frame(320, 240, grey);
        Eventually.until(() -> drawnAsShown(robot, "#peerVideo") && drawnAsShown(robot, "#ownVideo"));
        assertThat(own.imageProperty().get().getWidth()).isEqualTo(144);
        double before = peer.imageProperty().get().getWidth();

        robot.interact(() -> window[0].stage().setWidth(window[0].stage().getWidth() + 200));
        robot.interact(() -> window[0].stage().setHeight(window[0].stage().getHeight() + 150));
        WaitForAsyncUtils.waitForFxEvents();
        peer.frame(320, 240, grey);
        Eventually.until(() -> drawnAsShown(robot, "#peerVideo"));
        assertThat(peer.imageProperty().get().getWidth()).isGreaterThan(before);
        robot.interact(() -> window[0].stage().close());
    }

    /** The picture's image is as big as the view shows it: the renderer copies it without scaling. */
    private static boolean drawnAsShown(FxRobot robot, String query) {
        ImageView view = robot.lookup(query).queryAs(ImageView.class);
        return view.isVisible() && view.getImage() != null
                && view.getImage().getWidth() == view.getLayoutBounds().getWidth()
                && view.getImage().getHeight() == view.getLayoutBounds().getHeight();
    }

    @Test
    void theRingingPromptAnswersAndCloses(FxRobot robot) throws Exception {
        CompletableFuture<CallEnd> ended = new CompletableFuture<>();
        StringBuilder answered = new StringBuilder();
        IncomingCallViewModel model = new IncomingCallViewModel("Juliet Capulet", true, false, ended,
                new IncomingCallViewModel.Answers() {
                    @Override
                    public void answer(boolean withVideo) {
                        answered.append(withVideo ? "video" : "voice");
                    }

                    @Override
                    public void decline() {
                        answered.append("decline");
                    }
                }, Platform::runLater);
        robot.interact(() -> new IncomingCallWindow(model, "juliet@capulet.lit").show());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup("#answerWithVideo").query().getScene();
        assertThat(((Stage) scene.getWindow()).isAlwaysOnTop()).isTrue();
        snapshot(robot, scene, "call-incoming.png");
        robot.interact(() -> Themes.apply(Themes.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, scene, "call-incoming-dark.png");
        robot.clickOn("#answerWithVideo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answered.toString()).isEqualTo("video");
        assertThat(scene.getWindow().isShowing()).isFalse();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void snapshot(FxRobot robot, Scene scene, String name) throws Exception {
        if (DIR == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path file = Path.of(DIR).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }

    /** Waits for what the UI thread shows after a poll. */
    private static final class Eventually {
        static void until(java.util.function.BooleanSupplier shown) throws Exception {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, shown::getAsBoolean);
        }
    }
}
