package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of a realistic conversation in the light and dark theme, to look at: written to the
 * folder {@code parley.snapshots} names (target/snapshots unless set).
 */
@ExtendWith(ApplicationExtension.class)
class ChatViewSnapshotTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
    private static final String ME = FakeChatArchive.ME;
    private static final String BOB = FakeChatArchive.PEER;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void lightAndDark(FxRobot robot) throws Exception {
        Path folder = Path.of(System.getProperty("parley.snapshots", "target/snapshots"));
        Files.createDirectories(folder);
        snapshot(robot, new PrimerLight(), folder.resolve("chat-light.png"));
        snapshot(robot, new PrimerDark(), folder.resolve("chat-dark.png"));
        timer.shutdownNow();
    }

    private void snapshot(FxRobot robot, Theme theme, Path file) throws Exception {
        ChatViewModel[] model = new ChatViewModel[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            model[0] = new ChatViewModel(Jid.of(ME + "/desk"), Jid.of(BOB), archive(), new RecordingChatActions(),
                    s -> () -> { }, Runnable::run, Runnable::run, timer,
                    Clock.fixed(at(TODAY, 10, 0), ZONE), Locale.ENGLISH, Duration.ofHours(1));
            model[0].setPeerName("Bob Marsh");
            ChatView view = new ChatView(model[0], uri -> { });
            stage.setScene(new Scene(view.root(), 720, 780));
            stage.show();
            model[0].composer().draftProperty().set("See you at 10!");
            model[0].composer().replyTo(model[0].rows().stream()
                    .filter(r -> r instanceof ChatRow.MessageRow m && m.message().body().startsWith("Sure"))
                    .map(r -> ((ChatRow.MessageRow) r).message()).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            model[0].close();
        });
        assertThat(file).exists();
    }

    /** The conversation the pictures show: every kind of message row, over two days. */
    static FakeChatArchive archive() {
        FakeChatArchive a = new FakeChatArchive();
        LocalDate yesterday = TODAY.minusDays(1);
        add(a, 1, false, at(yesterday, 18, 2), "Hey! Are we still on for the climbing session on Saturday?", null,
                DeliveryState.DISPLAYED, Map.of(), false, false);
        add(a, 2, true, at(yesterday, 18, 5), "Yes! 10 am at the gym?", null, DeliveryState.DISPLAYED, Map.of(),
                false, false);
        add(a, 3, false, at(yesterday, 18, 6), "Perfect 👍", null, DeliveryState.DISPLAYED,
                Map.of(ME, List.of("❤️")), false, false);
        add(a, 4, false, at(TODAY, 9, 12), "Morning! I found the route guide: https://example.org/guides/boulder-2026",
                null, DeliveryState.DISPLAYED, Map.of(), false, false);
        add(a, 5, false, at(TODAY, 9, 13), "/me is packing the chalk bag", null, DeliveryState.DISPLAYED, Map.of(),
                false, false);
        add(a, 6, true, at(TODAY, 9, 20), "Nice, thanks! I'll print it for both of us.", "id4",
                DeliveryState.DISPLAYED, Map.of(), true, false);
        add(a, 7, true, at(TODAY, 9, 21), "Can you bring the spare harness?", null, DeliveryState.DELIVERED,
                Map.of(), false, true);
        add(a, 8, false, at(TODAY, 9, 25), "Sure, no problem. I'll also bring the rope, the belay device and "
                + "some snacks, since last time we were starving by noon.", null, DeliveryState.DISPLAYED,
                Map.of(ME, List.of("👍", "😂"), BOB, List.of("👍")), false, false);
        add(a, 9, true, at(TODAY, 9, 40), "Great, see you there 🎉", null, DeliveryState.DELIVERED, Map.of(),
                false, false);
        add(a, 10, true, at(TODAY, 9, 41), "Sent from the train, waiting for a connection.", null,
                DeliveryState.QUEUED, Map.of(), false, false);
        add(a, 11, true, at(TODAY, 9, 42), "This one could not be sent.", null, DeliveryState.FAILED, Map.of(),
                false, false);
        return a;
    }

    private static void add(FakeChatArchive a, long key, boolean outgoing, Instant time, String body, String replyTo,
                            DeliveryState delivery, Map<String, List<String>> reactions, boolean edited,
                            boolean retracted) {
        a.local.add(new HistoryMessage(key, BOB, outgoing, outgoing ? ME + "/desk" : BOB + "/phone", "id" + key,
                "s" + key, time, body, edited, retracted, replyTo, delivery, reactions, List.of()));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }
}
