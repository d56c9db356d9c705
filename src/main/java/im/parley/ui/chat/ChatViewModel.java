package im.parley.ui.chat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.ArchiveSync;
import im.parley.client.DeliveryState;
import im.parley.client.history.History;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * jumping to an old find hit: then it is the stretch before that hit ({@link #detachedProperty})
 * until {@link #jumpToLatest}.
 */
public final class ChatViewModel implements AutoCloseable {
    /** Messages read per page: enough to fill a tall window. */
    public static final int PAGE = 50;
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

    private final LoadedMessages messages = new LoadedMessages();
    private final ChatCalls calls;
    private final ObservableList<ChatRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChatRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper(this, "typing", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(this, "loadingOlder");
    private final ReadOnlyBooleanWrapper allLoaded = new ReadOnlyBooleanWrapper(this, "allLoaded");
    private final ReadOnlyBooleanWrapper detached = new ReadOnlyBooleanWrapper(this, "detached");
    private final ReadOnlyObjectWrapper<Long> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted");
    /** Coalesces a burst of events into one read of the newest page. */
    private final AtomicBoolean tailPending = new AtomicBoolean();
    private volatile boolean closed;
    private ChatLayout layout;
    /** Bumped when the rows are replaced whole, so that reads begun before are dropped. */
    private volatile int generation;
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
        calls = new ChatCalls(archive, background, this::onUi, this::relayout);
        subscription = events.subscribe(new ChatEventRouter(this.peer, new ChatEventRouter.Target() {
            @Override
            public void newMessages() {
                refreshTail();
            }

            @Override
            public void changed(String messageId) {
                refreshId(messageId);
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
        reload();
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

    /** True once the first page is in. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingOlderProperty() {
        return loadingOlder.getReadOnlyProperty();
    }

    /** True when neither the local nor the server archive holds anything older. */
    public ReadOnlyBooleanProperty allLoadedProperty() {
        return allLoaded.getReadOnlyProperty();
    }

    /** True while the rows show an old stretch around a find hit rather than the newest messages. */
    public ReadOnlyBooleanProperty detachedProperty() {
        return detached.getReadOnlyProperty();
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

    /** Pages older history in: from the local archive, else from the server archive. */
    public void loadOlder() {
        if (closed || loadingOlder.get() || allLoaded.get() || !loaded.get()) {
            return;
        }
        loadingOlder.set(true);
        int gen = generation;
        Long before = messages.isEmpty() ? null : messages.first().key();
        background.execute(() -> {
            try {
                List<HistoryMessage> older = before == null ? List.of() : archive.page(before, PAGE);
                if (!older.isEmpty()) {
                    post(gen, () -> olderArrived(older));
                    return;
                }
                archive.fetchOlder(PAGE).whenComplete((added, error) -> background.execute(() -> {
                    if (error != null) {
                        post(gen, () -> failed("Older messages could not be fetched from the server", error));
                    } else if (added == 0) {
                        post(gen, () -> {
                            loadingOlder.set(false);
                            allLoaded.set(true);
                        });
                    } else {
                        List<HistoryMessage> fetched = archive.page(before, PAGE);
                        post(gen, () -> olderArrived(fetched));
                    }
                }));
            } catch (RuntimeException e) {
                post(gen, () -> failed("Older messages could not be read", e));
            }
        });
    }

    /** Goes back to the newest messages after a jump to an old find hit. */
    public void jumpToLatest() {
        highlightKey(null);
        reload();
    }

    void clearHighlight() {
        if (highlighted.get() != null) {
            highlightKey(null);
        }
    }

    /** Shows the message {@code key}: in place when loaded, else the stretch of history before it. */
    public void jumpTo(long key) {
        if (messages.indexOf(key) >= 0) {
            highlightKey(key);
            return;
        }
        int gen = ++generation;
        call("The message could not be read", () -> {
            List<HistoryMessage> around = new ArrayList<>(archive.page(key, PAGE));
            around.addAll(archive.byKeys(List.of(key)));
            List<HistoryMessage> newest = archive.page(null, 1);
            return new Stretch(around, !newest.isEmpty() && newest.get(0).key() == key);
        }, stretch -> post(gen, () -> {
            replaceAll(stretch.messages());
            detached.set(!stretch.endsAtNewest());
            allLoaded.set(false);
            highlightKey(key);
        }));
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

    // --- used by the composer and find models ---

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
        return messages.lastOwn();
    }

    /** Runs an account action off the FX thread, then re-reads {@code changed} when given. */
    void act(String failure, Runnable action, HistoryMessage changed) {
        call(failure, () -> {
            action.run();
            return true;
        }, done -> {
            if (changed != null) {
                refreshKey(changed.key());
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

    // --- loading and merging ---

    private record Stretch(List<HistoryMessage> messages, boolean endsAtNewest) {
    }

    private void reload() {
        int gen = ++generation;
        call("The conversation could not be read", () -> archive.page(null, PAGE), page -> post(gen, () -> {
            replaceAll(page);
            detached.set(false);
            allLoaded.set(false);
            loaded.set(true);
        }));
    }

    /** Re-reads the newest page and merges it: new messages append, changed ones replace their row. */
    private void refreshTail() {
        if (closed || !tailPending.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            tailPending.set(false);
            int gen = generation;
            try {
                List<HistoryMessage> newest = archive.page(null, PAGE);
                post(gen, () -> tailArrived(newest));
            } catch (RuntimeException e) {
                post(gen, () -> failed("New messages could not be read", e));
            }
        });
    }

    private void refreshId(String id) {
        if (id != null) {
            ui.execute(() -> {
                Long key = messages.keyOf(id);
                if (key != null) {
                    refreshKey(key);
                }
            });
        }
    }

    private void refreshKey(long key) {
        int gen = generation;
        call("The message could not be read", () -> archive.byKeys(List.of(key)),
                found -> post(gen, () -> merge(found, false, false)));
    }

    private void tailArrived(List<HistoryMessage> newest) {
        boolean gap = !detached.get() && !messages.isEmpty() && newest.size() == PAGE
                && LoadedMessages.ORDER.compare(newest.get(0), messages.last()) > 0;
        if (gap) {
            // More arrived than a page (a long sync): start again from the newest rather than leave a hole.
            replaceAll(newest);
            allLoaded.set(false);
        } else {
            merge(newest, false, !detached.get());
        }
    }

    private void olderArrived(List<HistoryMessage> older) {
        loadingOlder.set(false);
        merge(older, true, false);
    }

    private void replaceAll(List<HistoryMessage> page) {
        messages.clear();
        merge(page, true, true);
    }

    private void merge(List<HistoryMessage> incoming, boolean older, boolean newer) {
        HistoryMessage oldFirst = older && !newer && !messages.isEmpty() ? messages.first() : null;
        messages.merge(incoming, older, newer);
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
        return RowDiff.prepend(rows, messages.list(), oldFirst.key(), head -> layout.rows(head,
                calls.within(head, allLoaded.get(), false), LocalDate.now(clock), highlighted.get()));
    }

    private void highlightKey(Long key) {
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
        RowDiff.apply(rows, layout.rows(messages.list(), calls.within(messages.list(), allLoaded.get(), !detached.get()),
                today, highlight));
    }

    private void markDisplayedIfSeen() {
        if (!shown || !newestVisible || detached.get()) {
            return;
        }
        HistoryMessage m = messages.newestIncoming();
        if (m != null && m.key() != lastMarked && m.messageId() != null && m.delivery() != DeliveryState.DISPLAYED) {
            lastMarked = m.key();
            quietly(() -> actions.markDisplayed(peer, m.messageId()));
        }
    }

    /** Runs {@code change} on the UI thread unless the rows were replaced since {@code gen}. */
    private void post(int gen, Runnable change) {
        ui.execute(() -> {
            if (!closed && gen == generation) {
                change.run();
            }
        });
    }

    private void failed(String what, Throwable error) {
        loadingOlder.set(false);
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        LOG.log(Level.INFO, what, cause);
        notice.set(what + (cause.getMessage() == null ? "." : ": " + cause.getMessage()));
    }
}
