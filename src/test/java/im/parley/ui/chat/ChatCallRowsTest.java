package im.parley.ui.chat;

import static im.parley.ui.chat.FakeChatArchive.T0;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountEvent;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatRow.CallRow;
import im.parley.ui.chat.ChatRow.DaySeparator;
import im.parley.ui.chat.ChatRow.MessageRow;
import im.parley.xmpp.jid.Jid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls among the messages of a conversation: their text, their place by time, and their arrival. */
class ChatCallRowsTest {
    private static final Jid BOB = Jid.of(FakeChatArchive.PEER);

    private final FakeChatArchive archive = new FakeChatArchive();
    private final ChatLayout layout = new ChatLayout(ZoneOffset.UTC, Locale.ENGLISH, FakeChatArchive.ME, "Bob");
    private final LocalDate today = LocalDate.ofInstant(T0, ZoneOffset.UTC);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Consumer<AccountEvent> events;
    private ChatViewModel model;

    /** A call {@code minutes} after T0 that lasted {@code seconds} once answered (none when not answered). */
    private static CallRecord call(String id, boolean incoming, boolean video, int minutes, int seconds,
                                   CallOutcome outcome) {
        var started = T0.plusSeconds(60L * minutes);
        var answered = outcome == CallOutcome.ANSWERED ? started.plusSeconds(3) : null;
        var ended = answered == null ? started.plusSeconds(20) : answered.plusSeconds(seconds);
        return new CallRecord(id, BOB, incoming, video, started, answered, ended, outcome);
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        timer.shutdownNow();
    }

    @Test
    void callsReadAsTheUserExpects() {
        assertThat(CallText.of(call("a", false, true, 0, 151, CallOutcome.ANSWERED))).isEqualTo("Outgoing video call · 2:31");
        assertThat(CallText.of(call("b", true, false, 0, 0, CallOutcome.MISSED))).isEqualTo("Missed voice call");
        assertThat(CallText.of(call("c", true, false, 0, 0, CallOutcome.DECLINED))).isEqualTo("Declined voice call");
        assertThat(CallText.of(call("d", false, false, 0, 0, CallOutcome.DECLINED)))
                .isEqualTo("Outgoing voice call · declined");
        assertThat(CallText.of(call("e", false, true, 0, 0, CallOutcome.CANCELLED))).isEqualTo("Cancelled video call");
        assertThat(CallText.of(call("f", false, false, 0, 0, CallOutcome.FAILED))).isEqualTo("Voice call failed");
        assertThat(CallText.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(CallText.icon(call("g", false, true, 0, 1, CallOutcome.ANSWERED)))
                .isNotEqualTo(CallText.icon(call("h", false, false, 0, 1, CallOutcome.ANSWERED)));
    }

    @Test
    void callsTakeTheirPlaceByTimeBreakGroupsAndRespectDays() {
        List<HistoryMessage> m = List.of(
                archive.message(false, -1440, "yesterday"),
                archive.message(false, 0, "a"),
                archive.message(false, 2, "b, after the call"));
        List<CallRecord> calls = List.of(
                call("early", true, false, -1500, 0, CallOutcome.MISSED),
                call("between", false, true, 1, 42, CallOutcome.ANSWERED),
                call("latest", true, false, 30, 0, CallOutcome.DECLINED));

        assertThat(shape(layout.rows(m, calls, today, null))).containsExactly("[Yesterday]", "~ Missed voice call !",
                "* yesterday", "[Today]", "* a", "~ Outgoing video call · 0:42", "* b, after the call",
                "~ Declined voice call");
    }

    @Test
    void theConversationShowsItsCallsAndOneThatEndsArrivesWithoutReopening() {
        archive.add(false, 0, "hello");
        archive.calls.add(call("one", false, false, 1, 65, CallOutcome.ANSWERED));
        open();
        assertThat(shape(model.rows())).containsExactly("[Yesterday]", "* hello", "~ Outgoing voice call · 1:05");

        CallRecord missed = call("two", true, false, 5, 0, CallOutcome.MISSED);
        archive.calls.add(missed);
        events.accept(new AccountEvent.CallEnded(new CallRecord("other", Jid.of("carol@example.org"), true, false,
                T0, null, T0, CallOutcome.MISSED)));
        assertThat(shape(model.rows())).as("another contact's call changes nothing here").hasSize(3);
        events.accept(new AccountEvent.CallEnded(missed));
        assertThat(shape(model.rows())).endsWith("~ Outgoing voice call · 1:05", "~ Missed voice call !");
    }

    private void open() {
        model = new ChatViewModel(Jid.of(FakeChatArchive.ME + "/desk"), BOB, archive, new RecordingChatActions(),
                subscriber -> {
                    events = subscriber;
                    return () -> events = null;
                }, Runnable::run, Runnable::run, timer, Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC),
                Locale.ENGLISH, Duration.ofHours(1));
    }

    private static List<String> shape(List<ChatRow> rows) {
        List<String> out = new ArrayList<>();
        for (ChatRow r : rows) {
            if (r instanceof DaySeparator d) {
                out.add("[" + d.label() + "]");
            } else if (r instanceof CallRow c) {
                out.add("~ " + c.text() + (c.missed() ? " !" : ""));
            } else {
                MessageRow row = (MessageRow) r;
                out.add((row.firstOfGroup() ? "* " : "  ") + row.message().body());
            }
        }
        return out;
    }
}
