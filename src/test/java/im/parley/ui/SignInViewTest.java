package im.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sign-in window as a user drives it (TestFX, headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {
    private SignInViewModel model;

    @Start
    void start(Stage stage) {
        model = new SignInViewModel(javafx.application.Platform::runLater);
        stage.setScene(new Scene(new SignInView(model).root(), 420, 320));
        stage.show();
    }

    @Test
    void typingAnInvalidAddressAndSigningInShowsWhyWithoutConnecting(FxRobot robot) {
        robot.clickOn("#jid").write("no spaces allowed@example.org");
        robot.clickOn("#password").write("secret");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).containsIgnoringCase("localpart");
        assertThat(robot.lookup("#signIn").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(model.jidProperty().get()).isEqualTo("no spaces allowed@example.org");
    }
}
