package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.ui.chat.ChatRow.MessageRow;
import im.parley.xmpp.jid.Jid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cell keeps its nodes from row to row: whatever rows it showed before (and being emptied
 * between them, as the list's measuring cell is), it must draw each row exactly as a new cell does.
 */
@ExtendWith(ApplicationExtension.class)
class MessageCellReuseTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Stage stage;
    private ChatViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
    }

    @Test
    void aCellDrawsEachRowAsANewCellWhateverItShowedBefore(FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FakeChatArchive archive = ChatViewSnapshotTest.archive();
            archive.calls.add(call("missed", true, CallOutcome.MISSED, ChatViewSnapshotTest.at(ChatViewSnapshotTest.TODAY, 9, 30)));
            archive.calls.add(call("answered", false, CallOutcome.ANSWERED,
                    ChatViewSnapshotTest.at(ChatViewSnapshotTest.TODAY, 9, 31)));
            model = new ChatViewModel(Jid.of(FakeChatArchive.ME + "/desk"), Jid.of(FakeChatArchive.PEER), archive,
                    new RecordingChatActions(), s -> () -> { }, Runnable::run, Runnable::run, timer,
                    Clock.fixed(ChatViewSnapshotTest.at(ChatViewSnapshotTest.TODAY, 10, 0), ChatViewSnapshotTest.ZONE),
                    Locale.ENGLISH, Duration.ofHours(1));
            List<ChatRow> rows = new ArrayList<>(model.rows());
            MessageRow m = (MessageRow) rows.stream().filter(r -> r instanceof MessageRow).findFirst().orElseThrow();
            rows.add(new MessageRow(m.message(), false, m.senderName(), m.quote(), m.reactions(), true));
            assertThat(rows).anyMatch(r -> r instanceof ChatRow.CallRow c && c.missed())
                    .anyMatch(r -> r instanceof ChatRow.CallRow c && !c.missed())
                    .anyMatch(r -> r instanceof ChatRow.DaySeparator);
            ListView<ChatRow> list = new ListView<>(FXCollections.observableArrayList(rows));
            VBox cells = new VBox();
            cells.getStyleClass().add("messages");
            StackPane root = new StackPane(cells);
            root.getStyleClass().add("chat-view");
            root.getStylesheets().add(ChatView.STYLESHEET);
            stage.setScene(new Scene(root, 640, 900));
            stage.show();
            MessageMenu menu = new MessageMenu(model, new EmojiPicker(), () -> { });
            MessageCell reused = cell(list, cells, menu);

            List<Integer> order = new ArrayList<>();
            for (int i = rows.size() - 1; i >= 0; i--) {
                order.add(i);
            }
            List<Integer> shuffled = new ArrayList<>(order);
            Collections.shuffle(shuffled, new Random(7));
            order.addAll(shuffled);
            for (int step = 0; step < order.size(); step++) {
                int index = order.get(step);
                if (step % 3 == 0) {
                    reused.updateIndex(-1);
                }
                reused.updateIndex(index);
                MessageCell fresh = cell(list, cells, menu);
                fresh.updateIndex(index);
                root.applyCss();
                root.layout();
                assertThat(differingPixels(reused, fresh)).as("row %d after row %d: %s", index,
                        step == 0 ? -1 : order.get(step - 1), rows.get(index)).isZero();
                cells.getChildren().remove(fresh);
            }
            model.close();
        });
    }

    private MessageCell cell(ListView<ChatRow> list, VBox cells, MessageMenu menu) {
        MessageCell cell = new MessageCell(model, uri -> { }, cells.widthProperty(), menu);
        cell.updateListView(list);
        cells.getChildren().add(cell);
        return cell;
    }

    private static CallRecord call(String id, boolean incoming, CallOutcome outcome, Instant started) {
        Instant answered = outcome == CallOutcome.ANSWERED ? started.plusSeconds(3) : null;
        return new CallRecord(id, Jid.of(FakeChatArchive.PEER), incoming, false, started, answered,
                started.plusSeconds(60), outcome);
    }

    /** How many pixels differ between the two cells' pictures (all of them when their sizes differ). */
    private static int differingPixels(MessageCell a, MessageCell b) {
        WritableImage x = a.snapshot(null, null);
        WritableImage y = b.snapshot(null, null);
        int w = (int) x.getWidth();
        int h = (int) x.getHeight();
        if (w != (int) y.getWidth() || h != (int) y.getHeight()) {
            return Math.max(w * h, (int) (y.getWidth() * y.getHeight()));
        }
        int[] p = new int[w * h];
        int[] q = new int[w * h];
        x.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), p, 0, w);
        y.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), q, 0, w);
        int differ = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] != q[i]) {
                differ++;
            }
        }
        return differ;
    }
}
