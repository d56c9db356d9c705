package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.search.MatchRange;
import java.nio.file.Path;
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

    @Test
    void storedMessagesAreFoundAtOnceWithWhereTheyMatched() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
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
    void correctionsAndRetractionsChangeWhatIsFound() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
                long me = new AccountStore(archive).ensure("me@example.org");
                store.insert(me, from("bob@example.org", "1", "meet at the stadion"));
                store.insert(me, from("bob@example.org", "2", "secret plans"));
                store.correct(me, Reference.chat("bob@example.org", "1", false, "bob@example.org"),
                        "meet at the station", null, "c1", Instant.now());
                store.retract(me, Reference.chat("bob@example.org", "2", false, "bob@example.org"), Instant.now());
                assertThat(search.search(me, "stadion", Optional.empty(), 10)).isEmpty();
                assertThat(bodies(search.search(me, "station", Optional.empty(), 10))).containsExactly("meet at the station");
                assertThat(search.search(me, "secret", Optional.empty(), 10)).isEmpty();
            }
        }
    }

    @Test
    void anotherAccountsMessagesAreNeverFound() {
        try (Archive archive = Archive.open(dir)) {
            MessageStore store = new MessageStore(archive);
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
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
            try (ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"))) {
                store.insert(me, from("bob@example.org", "1", "indexed while open"));
            }
            // Written with no index listening: as if the process died before the index committed.
            store.insert(me, from("bob@example.org", "2", "written while the index was away"));
            store.correct(me, Reference.chat("bob@example.org", "1", false, "bob@example.org"),
                    "corrected while the index was away", null, "c1", Instant.now());
        }
        try (Archive archive = Archive.open(dir);
             ArchiveSearch search = ArchiveSearch.open(archive, new MessageStore(archive), dir.resolve("search"))) {
            assertThat(bodies(search.search(me, "away", Optional.empty(), 10))).containsExactlyInAnyOrder(
                    "written while the index was away", "corrected while the index was away");
            assertThat(search.search(me, "indexed", Optional.empty(), 10)).isEmpty();
        }
    }
}
