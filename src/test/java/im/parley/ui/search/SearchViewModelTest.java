package im.parley.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.ui.search.SearchViewModel.State;
import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search as you type, with a hand-driven clock and a hand-driven I/O thread: one search per pause
 * in typing, and only the answer to the latest text shown.
 */
class SearchViewModelTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");

    /** Timers that fire only when the test says so. */
    private final List<Runnable> timers = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    /** Work handed to the I/O executor, run when the test says so. */
    private final Deque<Runnable> io = new ArrayDeque<>();
    private final List<String> searched = new ArrayList<>();
    private final List<SearchHit> opened = new ArrayList<>();
    private RuntimeException failure;

    private final SearchViewModel.Timer timer = (delay, task) -> {
        delays.add(delay);
        Runnable[] slot = {task};
        timers.add(() -> {
            if (slot[0] != null) {
                slot[0].run();
            }
        });
        return () -> slot[0] = null;
    };

    private final Searcher searcher = (text, limit) -> {
        searched.add(text);
        if (failure != null) {
            throw failure;
        }
        if (text.equals("!!")) {
            throw new IllegalArgumentException("no word");
        }
        return text.startsWith("nothing") ? List.of() : List.of(found(text));
    };

    private final SearchViewModel model = new SearchViewModel(searcher, timer, io::add, Runnable::run,
            (account, peer) -> "Romeo", opened::add);

    private static Searcher.Found found(String text) {
        HistoryMessage m = new HistoryMessage(7, "romeo@montague.lit", false, "romeo@montague.lit/orchard", "m1",
                null, Instant.parse("2026-03-01T10:00:00Z"), "about " + text, false, false, null,
                DeliveryState.DISPLAYED, Map.of(), List.of());
        return new Searcher.Found(JULIET, new SearchResult(m, List.of(new SearchResult.TextRange(6, 6 + text.length()))));
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    private void runIo() {
        while (!io.isEmpty()) {
            io.poll().run();
        }
    }

    @Test
    void typingQuicklySearchesOnceForTheLastText() {
        model.queryProperty().set("r");
        model.queryProperty().set("ro");
        model.queryProperty().set("rose");
        assertThat(model.stateProperty().get()).isEqualTo(State.SEARCHING);
        assertThat(delays).containsOnly(SearchViewModel.PAUSE);

        fireTimers();
        runIo();

        assertThat(searched).containsExactly("rose");
        assertThat(model.stateProperty().get()).isEqualTo(State.FOUND);
        SearchHit hit = model.hits().get(0);
        assertThat(hit.name()).isEqualTo("Romeo");
        assertThat(hit.conversation()).isEqualTo(Jid.of("romeo@montague.lit"));
        assertThat(hit.snippet().text()).isEqualTo("about rose");
        assertThat(hit.key()).isEqualTo(7);
    }

    @Test
    void aSearchNotStartedWhenTheTextChangesIsCancelled() {
        model.queryProperty().set("rose");
        fireTimers();
        model.queryProperty().set("rosemary");
        fireTimers();
        runIo();

        assertThat(searched).as("the first never ran").containsExactly("rosemary");
        assertThat(model.hits()).extracting(h -> h.snippet().text()).containsExactly("about rosemary");
    }

    @Test
    void theAnswerToAStaleTextIsDropped() {
        model.queryProperty().set("rose");
        fireTimers();
        Runnable staleSearch = io.poll();
        model.queryProperty().set("thorn");
        fireTimers();
        // The stale search was already running when the text changed: it finishes, last.
        runIo();
        staleSearch.run();

        assertThat(model.hits()).extracting(h -> h.snippet().text()).containsExactly("about thorn");
        assertThat(model.stateProperty().get()).isEqualTo(State.FOUND);
    }

    @Test
    void clearingTheFieldEmptiesTheListAtOnce() {
        model.queryProperty().set("rose");
        fireTimers();
        runIo();
        model.queryProperty().set("  ");

        assertThat(model.hits()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(State.EMPTY);
        fireTimers();
        runIo();
        assertThat(searched).containsExactly("rose");
    }

    @Test
    void noHitsSignsOnlyAndFailuresAreTold() {
        model.queryProperty().set("nothing here");
        fireTimers();
        runIo();
        assertThat(model.stateProperty().get()).isEqualTo(State.NOTHING_FOUND);

        model.queryProperty().set("!!");
        fireTimers();
        runIo();
        assertThat(model.stateProperty().get()).isEqualTo(State.NOTHING_FOUND);

        failure = new IllegalStateException("the search index is damaged");
        model.queryProperty().set("rose");
        fireTimers();
        runIo();
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.problemProperty().get()).isEqualTo("The search failed. The search index is damaged.");
        assertThat(model.hits()).isEmpty();
    }

    @Test
    void openingAHitHandsItToTheShell() {
        model.queryProperty().set("rose");
        fireTimers();
        runIo();
        model.open(model.hits().get(0));
        model.open(null);

        assertThat(opened).containsExactly(model.hits().get(0));
    }

    @Test
    void resultsWhileTheIndexCatchesUpSaySomeMayBeMissing() {
        Searcher catchingUp = new Searcher() {
            @Override
            public List<Found> search(String text, int limit) {
                return List.of(found(text));
            }

            @Override
            public boolean complete() {
                return false;
            }
        };
        SearchViewModel early = new SearchViewModel(catchingUp, timer, io::add, Runnable::run,
                (account, peer) -> "Romeo", opened::add);
        early.queryProperty().set("rose");
        fireTimers();
        runIo();
        assertThat(early.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(early.problemProperty().get()).contains("still indexing");

        model.queryProperty().set("rose");
        fireTimers();
        runIo();
        assertThat(model.problemProperty().get()).as("all of the history searched").isEmpty();
    }
}
