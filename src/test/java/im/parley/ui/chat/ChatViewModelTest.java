package im.parley.ui.chat;

import static im.parley.ui.chat.FakeChatArchive.T0;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountEvent;
import im.parley.client.ChatMessage;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The conversation view-model on plain values: everything runs on the test's thread. */
class ChatViewModelTest {
    private static final Jid ME = Jid.of(FakeChatArchive.ME + "/desk");
    private static final Jid BOB = Jid.of(FakeChatArchive.PEER);

    private final FakeChatArchive archive = new FakeChatArchive();
    private final RecordingChatActions actions = new RecordingChatActions();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Consumer<AccountEvent> events;
    private ChatViewModel model;

    private ChatViewModel open(Duration pauseAfter) {
        model = new ChatViewModel(ME, BOB, archive, actions, subscriber -> {
            events = subscriber;
            return () -> events = null;
        }, Runnable::run, Runnable::run, timer, Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC),
                Locale.ENGLISH, pauseAfter);
        return model;
    }

    private ChatViewModel open() {
        return open(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        timer.shutdownNow();
    }

    private List<String> bodies() {
        List<String> out = new ArrayList<>();
        for (ChatRow r : model.rows()) {
            if (r instanceof ChatRow.MessageRow m) {
                out.add(m.message().body());
            }
        }
        return out;
    }

    private void fill(int n) {
        for (int i = 0; i < n; i++) {
            archive.add(i % 2 == 0, i, "m" + i);
        }
    }

    @Test
    void opensAtTheNewestPageOnlyAndPagesOlderHistoryIn() {
        fill(120);
        open();
        assertThat(bodies()).hasSize(ChatPaging.PAGE).endsWith("m119").startsWith("m70");
        assertThat(archive.pageCalls).hasValue(1);

        model.paging().loadOlder();
        assertThat(bodies()).hasSize(100).startsWith("m20").endsWith("m119");
        model.paging().loadOlder();
        assertThat(bodies()).hasSize(120).startsWith("m0");
        assertThat(model.paging().allLoadedProperty().get()).isFalse();
        model.paging().loadOlder();
        assertThat(model.paging().allLoadedProperty().get()).as("neither archive has more").isTrue();
    }

    @Test
    void whenTheLocalArchiveEndsOlderMessagesComeFromTheServerArchive() {
        List<HistoryMessage> older = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            older.add(archive.message(false, i, "old" + i));
        }
        fill(0);
        archive.add(true, 100, "recent");
        archive.server.addAll(older);
        open();
        model.paging().loadOlder();
        assertThat(bodies()).containsExactly("old0", "old1", "old2", "recent");
    }

    @Test
    void aNewMessageAppendsOneRowAndACorrectionReplacesOne() {
        fill(10);
        open();
        List<ListChangeListener.Change<? extends ChatRow>> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<ChatRow>) c -> {
            while (c.next()) {
                changes.add(c);
            }
        });
        int before = model.rows().size();
        archive.add(false, 11, "new one");
        events.accept(received("new one"));
        assertThat(model.rows()).hasSize(before + 1);
        assertThat(bodies()).last().isEqualTo("new one");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.wasAdded()).isTrue();
            assertThat(c.getFrom()).isEqualTo(before);
            assertThat(c.getAddedSize()).isEqualTo(1);
        });

        changes.clear();
        HistoryMessage original = archive.local.get(3);
        archive.update(edited(original, "m3, better"));
        events.accept(new AccountEvent.MessageCorrected(BOB, original.messageId(), null));
        assertThat(bodies()).contains("m3, better").doesNotContain("m3");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.wasReplaced()).isTrue();
            assertThat(c.getAddedSize()).isEqualTo(1);
        });
    }

    @Test
    void deliveryChangesAndReactionsReplaceTheirMessage() {
        fill(4);
        open();
        HistoryMessage mine = archive.local.get(2);
        archive.update(withDelivery(mine, DeliveryState.DISPLAYED));
        events.accept(new AccountEvent.DeliveryChanged(new TrackedMessage(mine.messageId(), BOB, mine.body(), T0,
                DeliveryState.DISPLAYED, null)));
        assertThat(row(mine.key()).message().delivery()).isEqualTo(DeliveryState.DISPLAYED);

        HistoryMessage theirs = archive.local.get(1);
        archive.update(withReactions(theirs, Map.of(FakeChatArchive.PEER, List.of("👍"), FakeChatArchive.ME,
                List.of("👍", "🎉"))));
        events.accept(new AccountEvent.ReactionsChanged(BOB, theirs.stanzaId(), java.util.Set.of("👍")));
        assertThat(row(theirs.key()).reactions()).containsExactly(new ChatRow.ReactionChip("👍", 2, true),
                new ChatRow.ReactionChip("🎉", 1, true));
    }

    @Test
    void eventsOfOtherConversationsChangeNothing() {
        fill(3);
        open();
        List<ChatRow> before = List.copyOf(model.rows());
        archive.add(false, 50, "stored meanwhile");
        events.accept(new AccountEvent.MessageReceived(new ChatMessage(Jid.of("carol@example.org/x"), "c1", "hi",
                Optional.empty(), List.of(), null), "c1"));
        assertThat(model.rows()).isEqualTo(before);
    }

    @Test
    void typingFollowsTheContactsChatState() {
        open();
        events.accept(new AccountEvent.ChatStateChanged(BOB.withResource("phone"), ChatState.COMPOSING));
        assertThat(model.typingProperty().get()).isEqualTo("typing…");
        events.accept(new AccountEvent.ChatStateChanged(BOB.withResource("phone"), ChatState.PAUSED));
        assertThat(model.typingProperty().get()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("bob");
    }

    @Test
    void theDraftIsSentWithEnterAndChatStatesFollowTheTyping() throws Exception {
        open(Duration.ofMillis(100));
        ChatComposerModel composer = model.composer();
        composer.draftProperty().set("h");
        composer.draftProperty().set("hello");
        assertThat(actions.calls).containsExactly("state COMPOSING");
        long deadline = System.currentTimeMillis() + 5000;
        while (!actions.calls.contains("state PAUSED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(actions.calls).containsExactly("state COMPOSING", "state PAUSED");
        composer.draftProperty().set("hello there");
        assertThat(composer.send()).isTrue();
        assertThat(actions.without("state")).containsExactly("send bob@example.org hello there");
        assertThat(composer.draftProperty().get()).isEmpty();
        assertThat(composer.send()).as("nothing to send").isFalse();
    }

    @Test
    void upEditsTheLastOwnMessageAndEscapeGivesTheDraftBack() {
        archive.add(true, 1, "first of mine");
        HistoryMessage last = archive.add(true, 2, "teh last");
        archive.add(false, 3, "theirs");
        open();
        ChatComposerModel composer = model.composer();
        composer.draftProperty().set("half written");
        composer.draftProperty().set("");
        assertThat(composer.editLast()).isTrue();
        assertThat(composer.modeProperty().get()).isEqualTo(ChatComposerModel.Mode.EDITING);
        assertThat(composer.draftProperty().get()).isEqualTo("teh last");
        assertThat(composer.cancel()).isTrue();
        assertThat(composer.draftProperty().get()).isEmpty();
        assertThat(composer.modeProperty().get()).isEqualTo(ChatComposerModel.Mode.WRITING);

        composer.editLast();
        composer.draftProperty().set("the last");
        archive.update(edited(last, "the last"));
        composer.send();
        assertThat(actions.without("state")).containsExactly("correct " + last.messageId() + " the last");
        assertThat(row(last.key()).message().edited()).as("re-read after the correction").isTrue();
        assertThat(composer.modeProperty().get()).isEqualTo(ChatComposerModel.Mode.WRITING);
    }

    @Test
    void aReplyNamesTheMessageAndItsAuthor() {
        HistoryMessage theirs = archive.add(false, 1, "lunch?");
        open();
        model.composer().replyTo(theirs);
        assertThat(model.composer().targetSender()).isEqualTo("bob");
        model.composer().draftProperty().set("yes!");
        model.composer().send();
        assertThat(actions.without("state"))
                .containsExactly("reply " + theirs.messageId() + " bob@example.org/phone yes!");
        assertThat(model.composer().targetProperty().get()).isNull();
    }

    @Test
    void theNewestReceivedMessageIsMarkedDisplayedOnceWhenSeen() {
        fill(4);
        open();
        model.setNewestVisible(true);
        assertThat(actions.without("state")).isEmpty();
        model.setShown(true);
        model.setNewestVisible(true);
        assertThat(actions.without("state")).containsExactly("displayed id4");
        archive.add(false, 10, "another");
        events.accept(received("another"));
        assertThat(actions.without("state")).containsExactly("displayed id4", "displayed id5");
    }

    @Test
    void findJumpsToHitsAndLoadsTheStretchAroundAnOldOne() {
        fill(200);
        archive.add(false, 300, "the needle again");
        archive.update(edited(archive.local.get(10), "a needle in m10"));
        open();
        ChatFindModel find = model.find();
        find.queryProperty().set("needle");
        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("1 of 2");
        assertThat(model.highlightedProperty().get()).isEqualTo(201L);
        assertThat(model.paging().detachedProperty().get()).isFalse();

        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("2 of 2");
        assertThat(model.highlightedProperty().get()).isEqualTo(11L);
        assertThat(model.paging().detachedProperty().get()).as("the hit is far from the newest").isTrue();
        assertThat(bodies()).last().isEqualTo("a needle in m10");
        assertThat(row(11L).highlighted()).isTrue();

        model.paging().jumpToLatest();
        assertThat(model.paging().detachedProperty().get()).isFalse();
        assertThat(bodies()).last().isEqualTo("the needle again");
        find.queryProperty().set("nothing like it");
        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("No matches");
    }

    @Test
    void aFailedActionBecomesANoticeInsteadOfAnException() {
        fill(2);
        model = new ChatViewModel(ME, BOB, archive, new RecordingChatActions() {
            @Override
            public void retract(Jid to, String originalId) {
                throw new UnsupportedOperationException("not yet");
            }
        }, s -> () -> { }, Runnable::run, Runnable::run, timer, Clock.systemUTC(), Locale.ENGLISH, Duration.ofHours(1));
        model.messageActions().retract(archive.local.get(0));
        assertThat(model.noticeProperty().get()).isEqualTo("Removing the message failed: not yet");
    }

    private ChatRow.MessageRow row(long key) {
        return model.rows().stream().filter(r -> r instanceof ChatRow.MessageRow m && m.message().key() == key)
                .map(ChatRow.MessageRow.class::cast).findFirst().orElseThrow();
    }

    private static AccountEvent received(String body) {
        return new AccountEvent.MessageReceived(new ChatMessage(BOB.withResource("phone"), "x", body,
                Optional.empty(), List.of(), null), "x");
    }

    private static HistoryMessage edited(HistoryMessage m, String body) {
        return new HistoryMessage(m.key(), m.conversation(), m.outgoing(), m.sender(), m.messageId(), m.stanzaId(),
                m.time(), body, true, false, m.replyToId(), m.delivery(), m.reactions(), m.attachments());
    }

    private static HistoryMessage withDelivery(HistoryMessage m, DeliveryState d) {
        return new HistoryMessage(m.key(), m.conversation(), m.outgoing(), m.sender(), m.messageId(), m.stanzaId(),
                m.time(), m.body(), m.edited(), m.retracted(), m.replyToId(), d, m.reactions(), m.attachments());
    }

    private static HistoryMessage withReactions(HistoryMessage m, Map<String, List<String>> r) {
        return new HistoryMessage(m.key(), m.conversation(), m.outgoing(), m.sender(), m.messageId(), m.stanzaId(),
                m.time(), m.body(), m.edited(), m.retracted(), m.replyToId(), m.delivery(), r, m.attachments());
    }
}
