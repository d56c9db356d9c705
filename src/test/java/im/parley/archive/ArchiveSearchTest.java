package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.archive.search.MatchRange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSearchTest {
    @TempDir
    Path dir;

    private static NewMessage from(String peer, String id, String body) {
        return NewMessage.chat(peer, false, peer + "/phone", id, null, null, null, body);
    }

    private static List<String> bodies(List<ArchiveSearch.Found> found) {
        return found.stream().map(f -> f.message().body()).toList();
    }

    /** The index opened over the archive, once its catch-up (in the background) is done. */
    private ArchiveSearch caughtUp(Archive archive, MessageStore store) {
        ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"));
        search.caughtUp().join();
        return search;
    }

    @Test
    void storedMessagesAreFoundAtOnceWithWhereTheyMatched() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = caughtUp(archive, store)) {
                long me = new AccountStore(archive).ensure("me@example.org");
                store.insert(me, from("bob@example.org", "1", "Lunch at the Café tomorrow?"));
                store.insert(me, from("carol@example.org", "2", "no lunch for me"));
                List<ArchiveSearch.Found> found = search.search(me, "cafe", Optional.empty(), 10);
                assertThat(bodies(found)).containsExactly("Lunch at the Café tomorrow?");
                assertThat(found.get(0).matches()).containsExactly(new MatchRange(13, 17));
                assertThat(bodies(search.search(me, "lunch", Optional.of("carol@example.org"), 10)))
                        .containsExactly("no lunch for me");
                assertThat(search.search(me, "lunch", Optional.empty(), 10)).hasSize(2);
            }
        }
    }

    @Test
    void anIndexOpenedOnDemandStaysClosedUntilTheFirstSearchWhichOpensItAndCatchesUp() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = ArchiveSearch.onDemand(archive, store, dir.resolve("search"))) {
                long me = new AccountStore(archive).ensure("me@example.org");
                store.insert(me, from("bob@example.org", "1", "stored while the index was closed"));
                assertThat(dir.resolve("search")).doesNotExist();
                assertThat(search.caughtUp()).isNotDone();
                // The first search opens the index; what was stored before comes in with its catch-up.
                search.search(me, "closed", Optional.empty(), 10);
                assertThat(dir.resolve("search")).isDirectory();
                assertThat(search.caughtUp()).succeedsWithin(Duration.ofSeconds(30));
                assertThat(bodies(search.search(me, "closed", Optional.empty(), 10)))
                        .containsExactly("stored while the index was closed");
            }
        }
    }

    @Test
    void anIndexNeverOpenedClosesCleanlyAndASearchAfterwardsSaysSoRatherThanWaiting() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            ArchiveSearch search = ArchiveSearch.onDemand(archive, store, dir.resolve("search"));
            long me = new AccountStore(archive).ensure("me@example.org");
            search.close();
            assertThatThrownBy(() -> search.search(me, "anything", Optional.empty(), 10))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("closed");
            assertThat(dir.resolve("search")).doesNotExist();
        }
    }

    @Test
    void correctionsAndRetractionsChangeWhatIsFound() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = caughtUp(archive, store)) {
                long me = new AccountStore(archive).ensure("me@example.org");
                store.insert(me, from("bob@example.org", "1", "meet at the stadion"));
                store.insert(me, from("bob@example.org", "2", "secret plans"));
                store.correct(me, Reference.chat("bob@example.org", "1", false, "bob@example.org"),
                        "meet at the station", null, false, "c1", Instant.now());
                store.retract(me, Reference.chat("bob@example.org", "2", false, "bob@example.org"), Instant.now());
                assertThat(search.search(me, "stadion", Optional.empty(), 10)).isEmpty();
                assertThat(bodies(search.search(me, "station", Optional.empty(), 10))).containsExactly("meet at the station");
                assertThat(search.search(me, "secret", Optional.empty(), 10)).isEmpty();
            }
        }
    }

    @Test
    void changesMadeWhileTheIndexOpensAreFoundOnceItHas() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            long me = new AccountStore(archive).ensure("me@example.org");
            store.insert(me, from("bob@example.org", "1", "meet at the stadion"));
            // No wait for the open: a correction right after may come before the index is there.
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
                store.correct(me, Reference.chat("bob@example.org", "1", false, "bob@example.org"),
                        "meet at the station", null, false, "c1", Instant.now());
                store.insert(me, from("bob@example.org", "2", "station again"));
                search.caughtUp().join();
                assertThat(search.search(me, "stadion", Optional.empty(), 10)).isEmpty();
                assertThat(bodies(search.search(me, "station", Optional.empty(), 10)))
                        .containsExactlyInAnyOrder("meet at the station", "station again");
            }
        }
    }

    @Test
    void anIndexThatCannotOpenLeavesTheArchiveUsableAndSearchSaysWhy() throws Exception {
        try (Archive archive = Archive.open(dir);
             var holder = im.parley.archive.search.LuceneSearchIndex.open(dir.resolve("search"))) {
            MessageStore store = new MessageStore(archive);
            long me = new AccountStore(archive).ensure("me@example.org");
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
                store.insert(me, from("bob@example.org", "1", "still stored"));
                assertThat(search.caughtUp()).failsWithin(Duration.ofSeconds(10));
                assertThatThrownBy(() -> search.search(me, "stored", Optional.empty(), 10))
                        .isInstanceOf(ArchiveException.class).hasMessageContaining("cannot open the search index");
                assertThat(new MessageQueries(archive).count(me, "bob@example.org", ConversationKind.CHAT)).isEqualTo(1);
            }
        }
    }

    @Test
    void anotherAccountsMessagesAreNeverFound() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = caughtUp(archive, store)) {
                long work = new AccountStore(archive).ensure("me@work.example");
                long home = new AccountStore(archive).ensure("me@home.example");
                for (int i = 0; i < 30; i++) {
                    store.insert(home, from("bob@example.org", "h" + i, "budget " + i));
                }
                store.insert(work, from("bob@example.org", "w", "budget for work"));
                assertThat(bodies(search.search(work, "budget", Optional.empty(), 5))).containsExactly("budget for work");
                assertThat(bodies(search.search(work, "budget", Optional.of("bob@example.org"), 5)))
                        .containsExactly("budget for work");
                assertThat(search.search(home, "budget", Optional.empty(), 5)).hasSize(5);
            }
        }
    }

    @Test
    void anIndexThatMissedWritesCatchesUpAtOpen() {
        long me;
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            me = new AccountStore(archive).ensure("me@example.org");
            try (ArchiveSearch search = caughtUp(archive, store)) {
                store.insert(me, from("bob@example.org", "1", "indexed while open"));
            }
            // Written with no index listening: as if the process died before the index committed.
            store.insert(me, from("bob@example.org", "2", "written while the index was away"));
            store.correct(me, Reference.chat("bob@example.org", "1", false, "bob@example.org"),
                    "corrected while the index was away", null, false, "c1", Instant.now());
        }
        try (Archive archive = Archive.open(dir);
             ArchiveSearch search = caughtUp(archive, new MessageStore(archive))) {
            assertThat(bodies(search.search(me, "away", Optional.empty(), 10))).containsExactlyInAnyOrder(
                    "written while the index was away", "corrected while the index was away");
            assertThat(search.search(me, "indexed", Optional.empty(), 10)).isEmpty();
        }
    }

    @Test
    void aMissingIndexIsFedInTheBackgroundAndMessagesStoredMeanwhileAreFoundOnce() throws Exception {
        long me;
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            me = new AccountStore(archive).ensure("me@example.org");
            List<NewMessage> older = new java.util.ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                older.add(from("bob@example.org", "old-" + i, "older talk number " + i));
            }
            store.insertAll(me, older);
            // No index was open: the whole archive is for the catch-up, as when its folder is gone.
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
                for (int i = 0; i < 40; i++) {
                    store.insert(me, from("bob@example.org", "new-" + i, "fresh news " + i));
                }
                search.caughtUp().get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(search.search(me, "fresh", Optional.empty(), 100)).as("each stored meanwhile, once").hasSize(40);
                for (int i : new int[] {0, 2_000, 3_999}) {
                    assertThat(bodies(search.search(me, "number " + i, Optional.empty(), 10)))
                            .containsExactly("older talk number " + i);
                }
            }
        }
    }
}
