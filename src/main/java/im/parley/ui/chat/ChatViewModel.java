package im.parley.ui.chat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.ArchiveSync;
import im.parley.client.DeliveryState;
import im.parley.client.history.History;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open conversation: the loaded part of its history as list rows, paged in from the archive,
 * kept current by the account's events through small diffs; and the commands on it. Every
 * archive and account call runs on the view-model's own background thread, every result comes
 * back through the UI executor, so the FX thread never waits for I/O.
 *
 * <p>The rows are a contiguous stretch of history that ends at the newest message, except after
 * jumping to an old find hit: then it is the stretch before that hit ({@link ChatPaging#detachedProperty})
 * until {@link ChatPaging#jumpToLatest}.
 */
public final class ChatViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChatViewModel.class.getName());

    /** Subscribes to the account's events; closing the result ends the subscription. */
    @FunctionalInterface
    public interface ChatEvents {
        AutoCloseable subscribe(Consumer<AccountEvent> subscriber);
    }

    private final Jid own;
    private final Jid peer;
    private final ChatArchive archive;
    private final ChatActions actions;
    private final Executor ui;
    private final Executor background;
    private final ScheduledExecutorService owned;
    private final Clock clock;
    private final Locale locale;
    private final AutoCloseable subscription;
    private final ChatComposerModel composer;
    private final ChatFindModel find;
    private final ChatMessageActions messageActions;
    private final ChatPaging paging;
    private final ChatCalls calls;
    private final ObservableList<ChatRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChatRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper(this, "typing", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Long> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted");
    private volatile boolean closed;
    private ChatLayout layout;
    private boolean shown;
    private boolean newestVisible;
    private long lastMarked = -1;

    /**
     * A conversation with {@code peer} on an account, with a background thread of its own:
     * a contact's bare JID, or an occupant JID (room@service/nick) for a private one in a room.
     *
     * @param uiExecutor where results are handed back: Platform::runLater in the app
     */
    public ChatViewModel(Jid own, Jid peer, ChatArchive archive, ChatActions actions, ChatEvents events,
                         Executor uiExecutor) {
        this(own, peer, archive, actions, events, uiExecutor,
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("parley-chat")));
    }

    private ChatViewModel(Jid own, Jid peer, ChatArchive archive, ChatActions actions, ChatEvents events,
                          Executor uiExecutor, ScheduledExecutorService thread) {
        this(own, peer, archive, actions, events, uiExecutor, thread, thread, thread, Clock.systemDefaultZone(),
                Locale.getDefault(), ChatComposerModel.PAUSE_AFTER);
    }

    /** For tests: {@code background} may run work in the calling thread; {@code timer} only times the pause. */
    ChatViewModel(Jid own, Jid peer, ChatArchive archive, ChatActions actions, ChatEvents events, Executor uiExecutor,
                  Executor background, ScheduledExecutorService timer, Clock clock, Locale locale,
                  Duration pauseAfter) {
        this(own, peer, archive, actions, events, uiExecutor, background, timer, null, clock, locale, pauseAfter);
    }

    /** @param owned the thread this view-model made for itself, ended with it; null when given */
    private ChatViewModel(Jid own, Jid peer, ChatArchive archive, ChatActions actions, ChatEvents events,
                          Executor uiExecutor, Executor background, ScheduledExecutorService timer,
                          ScheduledExecutorService owned, Clock clock, Locale locale, Duration pauseAfter) {
        this.own = own.bare();
        this.peer = peer;
        this.archive = archive;
        this.actions = actions;
        this.ui = uiExecutor;
        this.background = background;
        this.owned = owned;
        this.clock = clock;
        this.locale = locale;
        title.set(this.peer.local() != null ? this.peer.local() : this.peer.toString());
        layout = new ChatLayout(clock.getZone(), locale, this.own.toString(), title.get());
        composer = new ChatComposerModel(this, timer, pauseAfter);
        find = new ChatFindModel(this);
        messageActions = new ChatMessageActions(this);
        paging = new ChatPaging(this, archive, background);
        calls = new ChatCalls(archive, background, this::onUi, this::relayout);
        subscription = events.subscribe(new ChatEventRouter(this.peer, new ChatEventRouter.Target() {
            @Override
            public void newMessages() {
                paging.refreshTail();
            }

            @Override
            public void changed(String messageId) {
                paging.refreshId(messageId);
            }

            @Override
            public void typing(String text) {
                onUi(() -> typing.set(text));
            }

            @Override
            public void callEnded() {
                calls.refresh();
            }
        }));
        paging.reload();
        calls.refresh();
    }

    /** The conversation with {@code peer} on {@code account}, its history in {@code history}, filled by {@code sync}. */
    public static ChatViewModel forAccount(Account account, History history, ArchiveSync sync, Jid peer,
                                           Executor uiExecutor) {
        return new ChatViewModel(account.jid(), peer.bare(), new HistoryChatArchive(history, sync, peer),
                new AccountChatActions(account), account::subscribe, uiExecutor);
    }

    /** The loaded rows, oldest first: day separators and messages. */
    public ObservableList<ChatRow> rows() {
        return readOnlyRows;
    }

    public Jid peer() {
        return peer;
    }

    /** The contact's name, for the header the shell draws. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "typing…" while the contact writes (XEP-0085), else empty. */
    public ReadOnlyStringProperty typingProperty() {
        return typing.getReadOnlyProperty();
    }

    /** A sentence about the last thing that failed, empty when nothing did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Takes the notice away once the user has read it. */
    public void dismissNotice() {
        notice.set("");
    }

    /** The key of the message a find jumped to, else null. */
    public ReadOnlyObjectProperty<Long> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ChatComposerModel composer() {
        return composer;
    }

    public ChatFindModel find() {
        return find;
    }

    /** Names the contact as the roster does; the JID's local part until then. */
    public void setPeerName(String name) {
        if (name != null && !name.isBlank() && !name.equals(title.get())) {
            title.set(name);
            layout = new ChatLayout(clock.getZone(), locale, own.toString(), name);
            relayout();
        }
    }

    /** Which stretch of the history is loaded: paging back, jumping to a find hit and back to the newest. */
    public ChatPaging paging() {
        return paging;
    }

    void clearHighlight() {
        if (highlighted.get() != null) {
            highlight(null);
        }
    }

    /** What the user does to the conversation's messages: react, remove, send again, ask for attention. */
    public ChatMessageActions messageActions() {
        return messageActions;
    }

    /** Whether the conversation is on screen; the view tells. */
    public void setShown(boolean shown) {
        if (this.shown != shown) {
            this.shown = shown;
            composer.shown(shown);
            markDisplayedIfSeen();
        }
    }

    /** Whether the newest row is scrolled into view; the view tells. */
    public void setNewestVisible(boolean visible) {
        newestVisible = visible;
        markDisplayedIfSeen();
    }

    /** Stops listening to the account and ends the background thread. */
    @Override
    public void close() {
        closed = true;
        composer.close();
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing the event subscription failed", e);
        }
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    // --- used by the paging, composer, find and message-action models ---

    boolean isClosed() {
        return closed;
    }

    Jid own() {
        return own;
    }

    ChatActions actions() {
        return actions;
    }

    ChatArchive archive() {
        return archive;
    }

    ChatLayout layout() {
        return layout;
    }

    /** The user's newest message that may still be edited. */
    HistoryMessage lastOwnMessage() {
        return paging.messages().lastOwn();
    }

    /** Runs an account action off the FX thread, then re-reads {@code changed} when given. */
    void act(String failure, Runnable action, HistoryMessage changed) {
        call(failure, () -> {
            action.run();
            return true;
        }, done -> {
            if (changed != null) {
                paging.refreshKey(changed.key());
            }
        });
    }

    /** Like {@link #act} for what the user did not ask for in so many words (chat states, markers): failures are only logged. */
    void quietly(Runnable action) {
        if (closed) {
            return;
        }
        background.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a background chat action failed", e);
            }
        });
    }

    /** Runs {@code change} on the UI thread while the view-model is open. */
    void onUi(Runnable change) {
        ui.execute(() -> {
            if (!closed) {
                change.run();
            }
        });
    }

    /** Runs {@code work} on the background thread, its result to {@code then} on the UI thread. */
    <T> void call(String failure, Callable<T> work, Consumer<T> then) {
        if (closed) {
            return;
        }
        background.execute(() -> {
            try {
                T value = work.call();
                onUi(() -> then.accept(value));
            } catch (Exception e) {
                onUi(() -> failed(failure, e));
            }
        });
    }

    // --- laying out the rows ---

    /** The loaded messages changed; {@code oldFirst} was the first before an older page came in, else null. */
    void merged(HistoryMessage oldFirst) {
        if (oldFirst != null && prependRows(oldFirst)) {
            markDisplayedIfSeen();
            return;
        }
        relayout();
    }

    /**
     * Lays out only an older page and the message it now precedes (whose group or day line may
     * change), instead of every loaded message: paging back stays as quick at the ten-thousandth
     * message as at the first. False when the rows are not as expected; then all are laid out.
     */
    private boolean prependRows(HistoryMessage oldFirst) {
        return RowDiff.prepend(rows, paging.messages().list(), oldFirst.key(), head -> layout.rows(head,
                calls.within(head, paging.allLoadedProperty().get(), false), LocalDate.now(clock), highlighted.get()));
    }

    /** Marks the message {@code key}, or none when null. */
    void highlight(Long key) {
        highlighted.set(null);
        relayoutWith(key);
        highlighted.set(key);
    }

    private void relayout() {
        relayoutWith(highlighted.get());
        markDisplayedIfSeen();
    }

    private void relayoutWith(Long highlight) {
        LocalDate today = LocalDate.now(clock);
        List<HistoryMessage> loaded = paging.messages().list();
        RowDiff.apply(rows, layout.rows(loaded, calls.within(loaded, paging.allLoadedProperty().get(),
                !paging.detachedProperty().get()), today, highlight));
    }

    private void markDisplayedIfSeen() {
        if (!shown || !newestVisible || paging.detachedProperty().get()) {
            return;
        }
        HistoryMessage m = paging.messages().newestIncoming();
        if (m != null && m.key() != lastMarked && m.messageId() != null && m.delivery() != DeliveryState.DISPLAYED) {
            lastMarked = m.key();
            quietly(() -> actions.markDisplayed(peer, m.messageId()));
        }
    }

    /** Tells in the notice what failed; whatever paging back was under way is over. */
    void failed(String what, Throwable error) {
        paging.stopLoadingOlder();
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        LOG.log(Level.INFO, what, cause);
        notice.set(what + (cause.getMessage() == null ? "." : ": " + cause.getMessage()));
    }
}
