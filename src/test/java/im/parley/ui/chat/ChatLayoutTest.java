package im.parley.ui.chat;

import static im.parley.ui.chat.FakeChatArchive.T0;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatRow.DaySeparator;
import im.parley.ui.chat.ChatRow.MessageRow;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Grouping, day separators, quotes and link finding: the pure parts of the conversation view. */
class ChatLayoutTest {
    private final FakeChatArchive archive = new FakeChatArchive();
    private final ChatLayout layout = new ChatLayout(ZoneOffset.UTC, Locale.ENGLISH, FakeChatArchive.ME, "Bob");
    private final LocalDate today = LocalDate.ofInstant(T0, ZoneOffset.UTC);

    @Test
    void groupsOneSendersMessagesWithinFiveMinutesAndSeparatesDays() {
        List<HistoryMessage> m = List.of(
                archive.message(false, -1440, "yesterday"),
                archive.message(false, 0, "a"),
                archive.message(false, 4, "b, four minutes later"),
                archive.message(false, 10, "c, six more"),
                archive.message(true, 11, "mine"),
                archive.message(true, 12, "mine too"),
                archive.message(false, 13, "theirs again"));
        List<ChatRow> rows = layout.rows(m, today, null);

        List<String> shape = new ArrayList<>();
        for (ChatRow r : rows) {
            shape.add(r instanceof DaySeparator d ? "[" + d.label() + "]"
                    : (((MessageRow) r).firstOfGroup() ? "* " : "  ") + ((MessageRow) r).message().body());
        }
        assertThat(shape).containsExactly("[Yesterday]", "* yesterday", "[Today]", "* a", "  b, four minutes later",
                "* c, six more", "* mine", "  mine too", "* theirs again");
        assertThat(((MessageRow) rows.get(6)).senderName()).isEqualTo("You");
        assertThat(((MessageRow) rows.get(3)).senderName()).isEqualTo("Bob");
    }

    @Test
    void labelsOlderDaysWithTheirDate() {
        assertThat(layout.dayLabel(LocalDate.of(2026, 1, 5), today)).isEqualTo("Monday 5 January");
        assertThat(layout.dayLabel(LocalDate.of(2024, 12, 31), today)).isEqualTo("31 December 2024");
    }

    @Test
    void aReplyQuotesTheLoadedOriginalOrSaysItIsOlder() {
        HistoryMessage original = archive.message(false, 0, "lunch at noon?");
        HistoryMessage reply = withReply(archive.message(true, 1, "yes"), original.messageId());
        HistoryMessage orphan = withReply(archive.message(true, 2, "and this"), "gone");
        List<ChatRow> rows = layout.rows(List.of(original, reply, orphan), today, null);
        assertThat(((MessageRow) rows.get(2)).quote()).isEqualTo(new ChatRow.Quote("Bob", "lunch at noon?"));
        assertThat(((MessageRow) rows.get(3)).quote().senderName()).isNull();
    }

    @Test
    void findsOnlyWebAndXmppLinksWithoutTrailingPunctuation() {
        List<ChatText.Span> spans = ChatText.spans("see https://example.org/a_(b). or xmpp:room@muc.example.org?join,"
                + " not javascript:alert(1) nor file:///etc/passwd");
        assertThat(spans.stream().filter(s -> s.link() != null).map(ChatText.Span::link))
                .containsExactly(URI.create("https://example.org/a_(b)"), URI.create("xmpp:room@muc.example.org?join"));
        assertThat(String.join("", spans.stream().map(ChatText.Span::text).toList()))
                .startsWith("see https://example.org/a_(b). or");
        assertThat(ChatText.isAction("/me waves")).isTrue();
        assertThat(ChatText.actionText("/me waves")).isEqualTo("waves");
        assertThat(ChatText.isAction("/meow")).isFalse();
    }

    @Test
    void rowDiffSplicesOnlyWhatChanged() {
        javafx.collections.ObservableList<String> list = javafx.collections.FXCollections.observableArrayList(
                "a", "b", "c");
        List<String> changes = new ArrayList<>();
        list.addListener((javafx.collections.ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + (c.wasReplaced() ? "=" : c.wasAdded() ? "+" : "-") + c.getAddedSubList());
            }
        });
        RowDiff.apply(list, List.of("x", "y", "a", "b", "c"));
        RowDiff.apply(list, List.of("x", "y", "a", "B", "c"));
        RowDiff.apply(list, List.of("x", "y", "a", "B", "c", "d"));
        assertThat(list).containsExactly("x", "y", "a", "B", "c", "d");
        assertThat(changes).containsExactly("0+[x, y]", "3=[B]", "5+[d]");
    }

    private static HistoryMessage withReply(HistoryMessage m, String to) {
        return new HistoryMessage(m.key(), m.conversation(), m.outgoing(), m.sender(), m.messageId(), m.stanzaId(),
                m.time(), m.body(), m.edited(), m.retracted(), to, m.delivery(), m.reactions(), m.attachments());
    }
}
