package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Message Styling (XEP-0393) as a person sees it in the conversation: bold, italic, struck, monospace. */
@ExtendWith(ApplicationExtension.class)
class MessageStylingViewTest {
    private final FakeChatArchive archive = new FakeChatArchive();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ChatViewModel model;

    @Start
    void start(Stage stage) {
        archive.add(false, 0, "this is *bold*, _italic_, ~gone~ and `code`, not snake_case");
        archive.addUnstyled(1, "*as written* by https://example.org/unstyled");
        model = archive.chat(new RecordingChatActions(), timer);
        FakeChatArchive.show(stage, model);
    }

    @AfterEach
    void stop() {
        model.close();
        timer.shutdownNow();
    }

    @Test
    void directivesStyleTheTextTheyEnclose(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Text bold = robot.lookup("*bold*").queryAs(Text.class);
        Text italic = robot.lookup("_italic_").queryAs(Text.class);
        Text gone = robot.lookup("~gone~").queryAs(Text.class);
        Text code = robot.lookup("`code`").queryAs(Text.class);
        Text plain = robot.lookup(", not snake_case").queryAs(Text.class);
        assertThat(bold.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(italic.getFont().getStyle()).containsIgnoringCase("italic");
        assertThat(gone.isStrikethrough()).isTrue();
        assertThat(code.getFont().getFamily()).containsIgnoringCase("mono");
        assertThat(plain.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("emphasis"));
        assertThat(plain.getFont().getStyle()).doesNotContainIgnoringCase("bold").doesNotContainIgnoringCase("italic");
    }

    @Test
    void aMessageWithTheUnstyledHintIsShownAsWrittenItsLinksStillLinks(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Text asWritten = robot.lookup("*as written* by ").queryAs(Text.class);
        assertThat(asWritten.getFont().getStyle()).doesNotContainIgnoringCase("bold");
        assertThat(asWritten.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("strong"));
        assertThat(robot.lookup(".body-link").queryAllAs(Hyperlink.class)).as("the link in it")
                .extracting(Hyperlink::getText).contains("https://example.org/unstyled");
    }
}
