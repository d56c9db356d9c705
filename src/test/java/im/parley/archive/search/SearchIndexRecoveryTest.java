package im.parley.archive.search;

import static im.parley.archive.search.LuceneSearchIndexTest.ALICE;
import static im.parley.archive.search.LuceneSearchIndexTest.keys;
import static im.parley.archive.search.LuceneSearchIndexTest.msg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a close, a crash and damage to the folder, and what lastIndexedKey then tells the archive. */
class SearchIndexRecoveryTest {
    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("search");
    }

    /** An index with keys 1..3 committed, closed. */
    private void committedThree() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            index.add(List.of(msg(1, ALICE, "one"), msg(2, ALICE, "two"), msg(3, ALICE, "three")));
            index.commit();
        }
    }

    @Test
    void reopeningKeepsTheMessagesAndTheLastKey() throws Exception {
        committedThree();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.rebuiltBecause()).isEmpty();
            assertThat(index.lastIndexedKey()).isEqualTo(3);
            assertThat(keys(index.search(SearchQuery.global("two", 5)))).containsExactly(2L);
            // re-feeding what the key says is there would not duplicate it either
            index.add(List.of(msg(3, ALICE, "three")));
            assertThat(keys(index.search(SearchQuery.global("three", 5)))).containsExactly(3L);
        }
    }

    @Test
    void theLastKeyMovesOnlyWithACommit() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.lastIndexedKey()).isZero();
            index.add(List.of(msg(1, ALICE, "one"), msg(2, ALICE, "two")));
            assertThat(keys(index.search(SearchQuery.global("two", 5)))).containsExactly(2L);
            assertThat(index.lastIndexedKey()).isZero();
            index.commit();
            assertThat(index.lastIndexedKey()).isEqualTo(2);
            // corrections do not move it: they are not part of the catch-up by key
            index.replace(9, ALICE, LuceneSearchIndexTest.T0, "edited");
            index.commit();
            assertThat(index.lastIndexedKey()).isEqualTo(2);
        }
    }

    @Test
    void closeCommits() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            index.add(List.of(msg(4, ALICE, "four")));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.lastIndexedKey()).isEqualTo(4);
        }
    }

    @Test
    void aWriteLockLeftByACrashedProcessIsHarmless() throws Exception {
        committedThree();
        // the lock is the operating system's and died with the process; the file alone means nothing
        Files.writeString(folder().resolve("write.lock"), "");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.rebuiltBecause()).isEmpty();
            assertThat(index.lastIndexedKey()).isEqualTo(3);
        }
    }

    @Test
    void aFolderHeldOpenIsRefusedNotWiped() throws Exception {
        committedThree();
        try (LuceneSearchIndex first = LuceneSearchIndex.open(folder())) {
            assertThatThrownBy(() -> LuceneSearchIndex.open(folder()))
                    .isInstanceOfSatisfying(SearchIndexException.class,
                            e -> assertThat(e.condition()).isEqualTo(SearchIndexException.Condition.LOCKED));
            assertThatThrownBy(() -> LuceneSearchIndex.openEmpty(folder()))
                    .isInstanceOf(SearchIndexException.class);
            assertThat(first.lastIndexedKey()).isEqualTo(3);
            assertThat(keys(first.search(SearchQuery.global("one", 5)))).containsExactly(1L);
        }
    }

    @Test
    void aMissingSegmentsFileStartsAgainEmptyAndSaysSo() throws Exception {
        committedThree();
        for (Path p : files("segments_")) {
            Files.delete(p);
        }
        assertRebuiltEmpty("no commit point");
    }

    @Test
    void aTruncatedSegmentsFileStartsAgainEmpty() throws Exception {
        committedThree();
        for (Path p : files("segments_")) {
            byte[] b = Files.readAllBytes(p);
            Files.write(p, java.util.Arrays.copyOf(b, b.length / 2));
        }
        assertRebuiltEmpty("");
    }

    @Test
    void aMissingSegmentFileStartsAgainEmpty() throws Exception {
        committedThree();
        List<Path> data = files(".cfs");
        assertThat(data).isNotEmpty();
        Files.delete(data.get(0));
        assertRebuiltEmpty("");
    }

    @Test
    void aGarbledSegmentFileStartsAgainEmpty() throws Exception {
        committedThree();
        for (Path p : files(".si")) {
            Files.write(p, new byte[] {1, 2, 3});
        }
        assertRebuiltEmpty("");
    }

    @Test
    void openEmptyDiscardsAHealthyIndex() throws Exception {
        committedThree();
        try (LuceneSearchIndex index = LuceneSearchIndex.openEmpty(folder())) {
            assertThat(index.lastIndexedKey()).isZero();
            assertThat(index.search(SearchQuery.global("one", 5))).isEmpty();
        }
    }

    private void assertRebuiltEmpty(String reason) throws Exception {
        Logger log = Logger.getLogger(LuceneSearchIndex.class.getName());
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.rebuiltBecause()).hasValueSatisfying(r -> assertThat(r).contains(reason));
            assertThat(index.lastIndexedKey()).isZero();
            assertThat(index.search(SearchQuery.global("one", 5))).isEmpty();
            // and it works again: the archive re-feeds from key 0
            index.add(List.of(msg(1, ALICE, "one")));
            index.commit();
            assertThat(keys(index.search(SearchQuery.global("one", 5)))).containsExactly(1L);
        } finally {
            log.removeHandler(handler);
        }
        assertThat(records).anyMatch(r -> r.getLevel() == Level.WARNING);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder())) {
            assertThat(index.rebuiltBecause()).isEmpty();
            assertThat(index.lastIndexedKey()).isEqualTo(1);
        }
    }

    private List<Path> files(String namePart) throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().contains(namePart)).collect(Collectors.toList());
        }
    }
}
