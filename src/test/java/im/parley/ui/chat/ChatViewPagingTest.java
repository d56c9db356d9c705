package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list opens at the newest message and pages older ones in at the top without jumping. */
@ExtendWith(ApplicationExtension.class)
class ChatViewPagingTest {
    private final FakeChatArchive archive = new FakeChatArchive();
    /** The view-model's archive reads, held until the test runs them: a page arrives when the test says. */
    private final Deque<Runnable> reads = new ArrayDeque<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ChatViewModel model;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 150; i++) {
            archive.add(i % 3 == 0, i * 10, "message " + i);
        }
        model = new ChatViewModel(Jid.of(FakeChatArchive.ME + "/desk"), Jid.of(FakeChatArchive.PEER), archive,
                new RecordingChatActions(), s -> () -> { }, Runnable::run, reads::add, timer,
                Clock.systemDefaultZone(), Locale.ENGLISH, Duration.ofHours(1));
        runReads();
        FakeChatArchive.show(stage, model);
    }

    @AfterEach
    void stop() {
        model.close();
        timer.shutdownNow();
    }

    @Test
    void opensAtTheNewestAndScrollingToTheTopLoadsOnePageAboveWhatWasShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<ChatRow> list = robot.lookup("#messages").queryAs(ListView.class);
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        assertThat(flow.getLastVisibleCell().getIndex()).isEqualTo(list.getItems().size() - 1);
        robot.interact(() -> flow.setPosition(0));
        WaitForAsyncUtils.waitForFxEvents();
        long shownKey = topMessage(list, flow).message().key();
        int pagesBefore = archive.pageCalls.get();

        robot.interact(this::runReads);
        WaitForAsyncUtils.waitForFxEvents();
        // A second page asked for while the first was laid out would be read now.
        robot.interact(this::runReads);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(archive.pageCalls.get() - pagesBefore).as("pages read").isEqualTo(1);
        assertThat(list.getItems().stream().filter(ChatRow.MessageRow.class::isInstance)).hasSize(100);
        int now = indexOfKey(list, shownKey);
        assertThat(now).isGreaterThan(50);
        assertThat(flow.getFirstVisibleCell().getIndex()).as("the rows shown before stay in view")
                .isBetween(now - 2, now);
    }

    private void runReads() {
        while (!reads.isEmpty()) {
            reads.poll().run();
        }
    }

    private static ChatRow.MessageRow topMessage(ListView<ChatRow> list, VirtualFlow<?> flow) {
        int first = flow.getFirstVisibleCell().getIndex();
        return (ChatRow.MessageRow) list.getItems().subList(first, list.getItems().size()).stream()
                .filter(ChatRow.MessageRow.class::isInstance).findFirst().orElseThrow();
    }

    private static int indexOfKey(ListView<ChatRow> list, long key) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof ChatRow.MessageRow m && m.message().key() == key) {
                return i;
            }
        }
        return -1;
    }
}
