package im.parley.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The XEP-0004 bot creation form as a user fills it (TestFX, headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class FormViewTest {
    private FormViewModel model;
    private final AtomicReference<FormResult> result = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        model = new FormViewModel(FormExamples.form(FormExamples.BOT_CREATION_FORM));
        Button submit = new Button("Submit");
        submit.setId("submit");
        submit.setOnAction(e -> result.set(model.submit()));
        ScrollPane scroll = new ScrollPane(new FormView(model).root());
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(new BorderPane(scroll, null, null, submit, null), 520, 640));
        stage.show();
    }

    @Test
    void typingClickingAndChoosingGivesTheXepsSubmission(FxRobot robot) throws Exception {
        robot.clickOn("#field-botname").write("The Jabber Google Bot");
        robot.clickOn("#field-description").write("""
                This bot enables you to send requests to
                Google and receive the search results right
                in your Jabber client. It' really cool!
                It even supports Google News!""");
        // Tab leads from the description to the next control of the form: the check box, then the password.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#field-public").queryAs(CheckBox.class).isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#field-password").queryAs(PasswordField.class).isFocused()).isTrue();
        robot.write("v3r0na");
        robot.interact(() -> robot.lookup("#field-maxsubs").queryAs(ComboBox.class).getSelectionModel().select("50"));
        robot.clickOn("#field-features-polls").clickOn("#field-features-polls");
        focus(robot, "#field-invitelist").write("juliet@capulet.com\nbenvolio@montague.net");
        robot.clickOn("#submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(result.get()).isEqualTo(new FormResult.Filled(FormExamples.form(FormExamples.BOT_CREATION_SUBMIT)));
    }

    /** Focuses a control the scroll pane may hold out of view, as Tab would. */
    private static FxRobot focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        return robot;
    }

    @Test
    void aBadAddressIsSaidUnderItsFieldAsTyped(FxRobot robot) {
        Label problem = robot.lookup("#field-invitelist-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();

        focus(robot, "#field-invitelist").write("juliet at capulet");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“juliet at capulet” is not an address like name@example.org.");
        robot.clickOn("#submit");
        assertThat(result.get()).isInstanceOf(FormResult.Invalid.class);
    }
}
