package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which stretch of one conversation's history is loaded, and the reads that change it: the newest
 * page on opening and again as the account's events come, older pages as the user scrolls back
 * (from the local archive, else from the server's), the stretch before an old find hit. Reads run
 * on the conversation's background thread; a result is merged in on the UI thread unless the
 * stretch was replaced meanwhile, and the conversation lays out its rows from it.
 */
public final class ChatPaging {
    /** Messages read per page: enough to fill a tall window. */
    public static final int PAGE = 50;

    private record Stretch(List<HistoryMessage> messages, boolean endsAtNewest) {
    }

    private final ChatViewModel chat;
    private final ChatArchive archive;
    private final Executor background;
    private final LoadedMessages messages = new LoadedMessages();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(this, "loadingOlder");
    private final ReadOnlyBooleanWrapper allLoaded = new ReadOnlyBooleanWrapper(this, "allLoaded");
    private final ReadOnlyBooleanWrapper detached = new ReadOnlyBooleanWrapper(this, "detached");
    /** Coalesces a burst of events into one read of the newest page. */
    private final AtomicBoolean tailPending = new AtomicBoolean();
    /** Bumped when the stretch is replaced whole, so that reads begun before are dropped. */
    private volatile int generation;

    ChatPaging(ChatViewModel chat, ChatArchive archive, Executor background) {
        this.chat = chat;
        this.archive = archive;
        this.background = background;
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

    /** Pages older history in: from the local archive, else from the server archive. */
    public void loadOlder() {
        if (chat.isClosed() || loadingOlder.get() || allLoaded.get() || !loaded.get()) {
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
                        post(gen, () -> chat.failed("Older messages could not be fetched from the server", error));
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
                post(gen, () -> chat.failed("Older messages could not be read", e));
            }
        });
    }

    /** Goes back to the newest messages after a jump to an old find hit. */
    public void jumpToLatest() {
        chat.highlight(null);
        reload();
    }

    /** Shows the message {@code key}: in place when loaded, else the stretch of history before it. */
    public void jumpTo(long key) {
        if (messages.indexOf(key) >= 0) {
            chat.highlight(key);
            return;
        }
        int gen = ++generation;
        chat.call("The message could not be read", () -> {
            List<HistoryMessage> around = new ArrayList<>(archive.page(key, PAGE));
            around.addAll(archive.byKeys(List.of(key)));
            List<HistoryMessage> newest = archive.page(null, 1);
            return new Stretch(around, !newest.isEmpty() && newest.get(0).key() == key);
        }, stretch -> post(gen, () -> {
            replaceAll(stretch.messages());
            detached.set(!stretch.endsAtNewest());
            allLoaded.set(false);
            chat.highlight(key);
        }));
    }

    LoadedMessages messages() {
        return messages;
    }

    /** A failure was told: whatever paging back was under way is over. */
    void stopLoadingOlder() {
        loadingOlder.set(false);
    }

    /** Reads the newest page in place of whatever was loaded. */
    void reload() {
        int gen = ++generation;
        chat.call("The conversation could not be read", () -> archive.page(null, PAGE), page -> post(gen, () -> {
            replaceAll(page);
            detached.set(false);
            allLoaded.set(false);
            loaded.set(true);
        }));
    }

    /** Re-reads the newest page and merges it: new messages append, changed ones replace their row. */
    void refreshTail() {
        if (chat.isClosed() || !tailPending.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            tailPending.set(false);
            int gen = generation;
            try {
                List<HistoryMessage> newest = archive.page(null, PAGE);
                post(gen, () -> tailArrived(newest));
            } catch (RuntimeException e) {
                post(gen, () -> chat.failed("New messages could not be read", e));
            }
        });
    }

    /** Re-reads the message with {@code id} (a message id, an origin id...) when it is loaded. */
    void refreshId(String id) {
        if (id != null) {
            chat.onUi(() -> {
                Long key = messages.keyOf(id);
                if (key != null) {
                    refreshKey(key);
                }
            });
        }
    }

    void refreshKey(long key) {
        int gen = generation;
        chat.call("The message could not be read", () -> archive.byKeys(List.of(key)),
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
        chat.merged(oldFirst);
    }

    /** Runs {@code change} on the UI thread unless the stretch was replaced since {@code gen}. */
    private void post(int gen, Runnable change) {
        chat.onUi(() -> {
            if (gen == generation) {
                change.run();
            }
        });
    }
}
