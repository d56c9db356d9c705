package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The composer of one conversation: its draft (kept while the conversation is open elsewhere),
 * whether it writes a new message, edits the last one (XEP-0308) or replies (XEP-0461), and the
 * chat states it tells the contact (XEP-0085).
 */
public final class ChatComposerModel {
    /** XEP-0085 §5.2 suggests about 30 s; Conversations and Dino say "paused" sooner, as here. */
    static final Duration PAUSE_AFTER = Duration.ofSeconds(5);

    /** What Enter does with the draft. */
    public enum Mode { WRITING, EDITING, REPLYING }

    private final ChatViewModel chat;
    private final ScheduledExecutorService timer;
    private final Duration pauseAfter;
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.WRITING);
    private final ReadOnlyObjectWrapper<HistoryMessage> target = new ReadOnlyObjectWrapper<>(this, "target");
    /** The draft put aside while editing, given back when the edit ends. */
    private String putAside = "";
    private ChatState told;
    /** Set while the draft is changed by a command rather than by typing: no chat state for that. */
    private boolean commanding;
    private long typedCount;
    private ScheduledFuture<?> pause;

    ChatComposerModel(ChatViewModel chat, ScheduledExecutorService timer, Duration pauseAfter) {
        this.chat = chat;
        this.timer = timer;
        this.pauseAfter = pauseAfter;
        draft.addListener((o, was, now) -> {
            if (!commanding) {
                typed(now);
            }
        });
    }

    /** The text being written; the view binds its text area to it both ways. */
    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The message being edited or replied to, else null. */
    public ReadOnlyObjectProperty<HistoryMessage> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The name of whom the target message is from, for "Replying to …". */
    public String targetSender() {
        HistoryMessage t = target.get();
        return t == null ? "" : chat.layout().nameOf(t);
    }

    /**
     * Sends the draft: a new message, the correction of the message being edited, or the reply.
     * Returns false when there was nothing to send.
     */
    public boolean send() {
        String text = draft.get().strip();
        HistoryMessage t = target.get();
        Mode m = mode.get();
        if (text.isEmpty()) {
            return false;
        }
        Jid peer = chat.peer();
        ChatActions actions = chat.actions();
        if (m == Mode.EDITING) {
            if (!text.equals(t.body())) {
                chat.act("Editing the message failed", () -> actions.correct(peer, t.messageId(), text), t);
            }
        } else if (m == Mode.REPLYING) {
            Jid author = t.outgoing() ? chat.own() : Jid.tryParse(t.sender()).orElse(peer);
            chat.act("Sending the reply failed",
                    () -> actions.reply(peer, ChatText.idForReference(t), author, t.body(), text), null);
        } else {
            chat.act("Sending failed", () -> actions.send(peer, text), null);
        }
        // The message itself tells the contact the user stopped typing.
        told = ChatState.ACTIVE;
        cancelPause();
        reset(m == Mode.EDITING ? putAside : "");
        return true;
    }

    /** Starts editing the user's last message, when there is one; true if it did. */
    public boolean editLast() {
        HistoryMessage last = chat.lastOwnMessage();
        if (last == null || !chat.actions().changesMessages()) {
            return false;
        }
        if (mode.get() != Mode.EDITING) {
            putAside = draft.get();
        }
        mode.set(Mode.EDITING);
        target.set(last);
        command(last.body());
        return true;
    }

    /** Makes the next message a reply to {@code message}, keeping the draft. */
    public void replyTo(HistoryMessage message) {
        if (mode.get() == Mode.EDITING) {
            command(putAside);
        }
        mode.set(Mode.REPLYING);
        target.set(message);
    }

    /** Ends editing (the draft comes back) or replying; false when there was neither. */
    public boolean cancel() {
        Mode m = mode.get();
        if (m == Mode.WRITING) {
            return false;
        }
        reset(m == Mode.EDITING ? putAside : draft.get());
        return true;
    }

    void shown(boolean shown) {
        if (shown) {
            tell(draft.get().isBlank() ? ChatState.ACTIVE : ChatState.PAUSED);
        } else {
            cancelPause();
            tell(ChatState.INACTIVE);
        }
    }

    void close() {
        cancelPause();
    }

    private void reset(String text) {
        mode.set(Mode.WRITING);
        target.set(null);
        putAside = "";
        command(text);
    }

    private void command(String text) {
        commanding = true;
        try {
            draft.set(text);
        } finally {
            commanding = false;
        }
    }

    private void typed(String text) {
        long count = ++typedCount;
        cancelPause();
        if (text == null || text.isBlank()) {
            if (told == ChatState.COMPOSING || told == ChatState.PAUSED) {
                tell(ChatState.ACTIVE);
            }
            return;
        }
        tell(ChatState.COMPOSING);
        if (chat.isClosed()) {
            return;
        }
        pause = timer.schedule(() -> chat.onUi(() -> {
            if (count == typedCount && told == ChatState.COMPOSING) {
                tell(ChatState.PAUSED);
            }
        }), pauseAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tell(ChatState state) {
        if (state != told) {
            told = state;
            Jid peer = chat.peer();
            chat.quietly(() -> chat.actions().chatState(peer, state));
        }
    }

    private void cancelPause() {
        if (pause != null) {
            pause.cancel(false);
            pause = null;
        }
    }
}
