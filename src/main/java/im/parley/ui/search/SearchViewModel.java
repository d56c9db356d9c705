package im.parley.ui.search;

import im.parley.client.history.SearchResult;
import im.parley.ui.app.Problems;
import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search all history as you type: a search starts once typing pauses for {@link #PAUSE}, on the
 * I/O executor; each keystroke cancels the search not yet started and makes the one running stale,
 * so only the answer to the latest text is shown. All state changes on the UI thread.
 */
public final class SearchViewModel {
    public enum State {
        /** Nothing typed yet. */
        EMPTY,
        SEARCHING,
        FOUND,
        NOTHING_FOUND,
        FAILED
    }

    /** Runs {@code task} once {@code delay} has passed; the returned handle cancels it if it has not run. */
    public interface Timer {
        Runnable schedule(Duration delay, Runnable task);
    }

    public static final Duration PAUSE = Duration.ofMillis(200);
    static final int LIMIT = 200;
    /** Characters of a message shown around its first match. */
    static final int SNIPPET = 120;

    private final Searcher searcher;
    private final Timer timer;
    private final Executor io;
    private final Executor ui;
    private final BiFunction<Jid, Jid, String> names;
    private final Consumer<SearchHit> opener;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Counts the texts typed: an answer for an older one is dropped. UI thread only. */
    private long generation;
    private Runnable pending = () -> { };
    private FutureTask<List<Searcher.Found>> running;

    /**
     * @param names the conversation's name from (account, conversation), asked on the UI thread
     * @param opener told of the hit the user chose (Enter or double-click)
     */
    public SearchViewModel(Searcher searcher, Timer timer, Executor io, Executor ui,
                           BiFunction<Jid, Jid, String> names, Consumer<SearchHit> opener) {
        this.searcher = searcher;
        this.timer = timer;
        this.io = io;
        this.ui = ui;
        this.names = names;
        this.opener = opener;
        query.addListener((o, was, now) -> typed(now));
    }

    /** What the user typed; the search follows it. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last search failed, as a sentence. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Opens the conversation of {@code hit} at that message. */
    public void open(SearchHit hit) {
        if (hit != null) {
            opener.accept(hit);
        }
    }

    private void typed(String text) {
        long mine = ++generation;
        pending.run();
        if (running != null) {
            // Not interrupted: an interrupt can close the archive's file channels under it. Its answer is dropped.
            running.cancel(false);
            running = null;
        }
        if (text == null || text.isBlank()) {
            hits.clear();
            state.set(State.EMPTY);
            return;
        }
        state.set(State.SEARCHING);
        String words = text.trim();
        pending = timer.schedule(PAUSE, () -> ui.execute(() -> start(mine, words)));
    }

    private void start(long mine, String words) {
        if (mine != generation) {
            return;
        }
        FutureTask<List<Searcher.Found>> task = new FutureTask<>(() -> searcher.search(words, LIMIT)) {
            @Override
            protected void done() {
                if (!isCancelled()) {
                    ui.execute(() -> finished(mine, this));
                }
            }
        };
        running = task;
        io.execute(task);
    }

    private void finished(long mine, FutureTask<List<Searcher.Found>> task) {
        if (mine != generation) {
            return;
        }
        running = null;
        try {
            List<SearchHit> found = task.get().stream().map(this::hit).toList();
            hits.setAll(found);
            problem.set(searcher.complete() ? ""
                    : "Parley is still indexing older messages: some may not be found yet.");
            state.set(found.isEmpty() ? State.NOTHING_FOUND : State.FOUND);
        } catch (java.util.concurrent.ExecutionException e) {
            hits.clear();
            if (e.getCause() instanceof IllegalArgumentException) {
                // Only signs and spaces: nothing a message could match.
                state.set(State.NOTHING_FOUND);
            } else {
                problem.set("The search failed. " + Problems.sentence(e.getCause()));
                state.set(State.FAILED);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SearchHit hit(Searcher.Found f) {
        SearchResult r = f.result();
        Jid conversation = Jid.of(r.message().conversation());
        return new SearchHit(f.account(), conversation, names.apply(f.account(), conversation), r.message().time(),
                r.message().outgoing(), Highlight.snippet(r.message().body(), r.matches(), SNIPPET),
                r.message().key());
    }
}
