package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The conversation pane as a user drives it with the keyboard (TestFX, headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ChatViewTest {
    private final FakeChatArchive archive = new FakeChatArchive();
    private final RecordingChatActions actions = new RecordingChatActions();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ChatViewModel model;

    @Start
    void start(Stage stage) {
        archive.add(false, 0, "hi, are you there?");
        archive.add(true, 1, "I am, what's up?");
        archive.add(false, 2, "lunch later?");
        // Everything on the FX thread, as if the archive answered at once.
        model = archive.chat(actions, timer);
        FakeChatArchive.show(stage, model);
    }

    @AfterEach
    void stop() {
        model.close();
        timer.shutdownNow();
    }

    /** What the user did, without the chat states and markers that go along. */
    private java.util.List<String> sent() {
        return actions.calls.stream().filter(c -> !c.startsWith("state") && !c.startsWith("displayed")).toList();
    }

    private TextArea composer(FxRobot robot) {
        return robot.lookup("#composer").queryAs(TextArea.class);
    }

    @Test
    void theComposerHasTheFocusAndEnterSends(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer(robot).isFocused()).isTrue();
        robot.write("hello there");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sent()).containsExactly("send bob@example.org hello there");
        assertThat(composer(robot).getText()).isEmpty();
        assertThat(robot.lookup("#messages").queryAs(ListView.class).getItems()).isNotEmpty();
        assertThat(actions.calls).as("the newest message was on screen").contains("displayed id3");
    }

    @Test
    void shiftEnterBreaksTheLineWithoutSending(FxRobot robot) {
        robot.clickOn("#composer").write("first line");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second line");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer(robot).getText()).isEqualTo("first line\nsecond line");
        assertThat(sent()).isEmpty();
    }

    @Test
    void upEditsTheLastMessageEnterCorrectsItAndEscapeCancels(FxRobot robot) {
        robot.clickOn("#composer");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer(robot).getText()).isEqualTo("I am, what's up?");
        Node context = robot.lookup("#composerContext").query();
        assertThat(context.isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer(robot).getText()).isEmpty();
        assertThat(context.isVisible()).isFalse();

        robot.type(KeyCode.UP);
        robot.type(KeyCode.BACK_SPACE);
        robot.write("!");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sent()).containsExactly("correct id2 I am, what's up!");
        assertThat(context.isVisible()).isFalse();
    }

    @Test
    void theLastOwnMessagesMenuEditsIt(FxRobot robot) {
        robot.rightClickOn(cellOf(robot, "I am, what's up?"));
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composer(robot).getText()).isEqualTo("I am, what's up?");
        assertThat(composer(robot).isFocused()).isTrue();
        assertThat(robot.lookup("#composerContext").query().isVisible()).isTrue();

        robot.rightClickOn(cellOf(robot, "lunch later?"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Reply").tryQuery()).as("the menu is open").isPresent();
        assertThat(robot.lookup("Edit").tryQuery()).as("not the user's message").isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    /** The list cell showing {@code text}: where a person right-clicks a message. */
    private static Node cellOf(FxRobot robot, String text) {
        Node node = robot.lookup(text).query();
        while (!(node instanceof MessageCell)) {
            node = node.getParent();
        }
        return node;
    }
}
