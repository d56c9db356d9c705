package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real H2 file in a temporary folder: a bulk load that is then deleted leaves the file far larger
 * than its data; closing (or, when the close was skipped, the next open) compacts it fully, and
 * every message kept is still there, also when the process is killed in the middle.
 */
class ArchiveCompactionTest {
    private static final int KEPT = 2_000;
    private static final int BULK = 3_000;
    /** About 12 KB: the bulk account's 3,000 messages take about 36 MB. */
    private static final String FILLER = " lorem ipsum dolor sit amet".repeat(450);
    /** The stated factor: after compaction the file is at most a quarter of what it was. */
    private static final int SHRINK_FACTOR = 4;

    @TempDir
    Path dir;

    /** An archive after a bulk load and its deletion, closed as H2 alone closes it; copied into {@link #dir}. */
    @TempDir
    static Path uncompacted;

    @BeforeAll
    static void bulkLoadThenDeleteOnce() {
        Archive archive = Archive.open(uncompacted);
        bulkLoadThenDelete(archive);
        archive.close(false);
    }

    private void copyUncompacted() throws IOException {
        Files.copy(uncompacted.resolve("archive.mv.db"), dir.resolve("archive.mv.db"));
    }

    @Test
    void aDeletedBulkLoadIsCompactedAtCloseAndEveryKeptMessageStays() throws IOException {
        Footprint before;
        try (Archive archive = Archive.open(dir)) {
            bulkLoadThenDelete(archive);
            before = archive.footprint();
            assertThat(before.worthCompacting()).as("file %,d bytes, live %,d", before.fileBytes(), before.liveBytes())
                    .isTrue();
        }
        assertThat(fileSize()).isLessThanOrEqualTo(before.fileBytes() / SHRINK_FACTOR);
        assertEveryKeptMessageIsThere();
    }

    @Test
    void aBulkLoadWhoseCloseDidNotCompactIsCompactedAtTheNextOpen() throws IOException {
        copyUncompacted();
        long closed = fileSize();
        Files.write(dir.resolve("archive.mv.db.tempFile"), new byte[4096]);

        try (Archive reopened = Archive.open(dir)) {
            assertThat(fileSize()).isLessThanOrEqualTo(closed / SHRINK_FACTOR);
            assertThat(reopened.footprint().worthCompacting()).isFalse();
        }
        assertThat(dir.resolve("archive.mv.db.tempFile")).as("a cut-short compaction's copy").doesNotExist();
        assertEveryKeptMessageIsThere();
    }

    @Test
    void anArchiveLeftUnderH2sInterimNameIsMovedBack() throws IOException {
        Files.copy(uncompacted.resolve("archive.mv.db"), dir.resolve("archive.mv.db.newFile"));

        assertEveryKeptMessageIsThere();
        assertThat(dir.resolve("archive.mv.db.newFile")).doesNotExist();
    }

    @Test
    void anOrdinarySessionIsNotWorthAFullCompaction() {
        try (Archive archive = Archive.open(dir)) {
            ordinarySession(archive);
            assertThat(archive.footprint().worthCompacting()).isFalse();
        }
    }

    @Test
    void aCompactionAskedForRunsAtCloseBelowTheThreshold() {
        Footprint open;
        try (Archive archive = Archive.open(dir)) {
            ordinarySession(archive);
            open = archive.footprint();
            archive.compactAtClose();
        }
        assertThat(fileSize()).isLessThan(open.fileBytes());
        try (Archive archive = Archive.open(dir)) {
            long me = new AccountStore(archive).find("me@example.org").orElseThrow().id();
            assertThat(new MessageQueries(archive).count(me, "bob@example.org", ConversationKind.CHAT)).isEqualTo(2_000);
        }
    }

    /** 2,000 short messages in pages of 250, as a day's catch-up stores them. */
    private static void ordinarySession(Archive archive) {
        long account = new AccountStore(archive).ensure("me@example.org");
        MessageStore store = new MessageStore(archive);
        for (int page = 0; page < 8; page++) {
            List<NewMessage> batch = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                batch.add(NewMessage.chat("bob@example.org", false, "bob@example.org/phone", "s" + page + "-" + i,
                        null, null, null, "an ordinary message " + i));
            }
            store.insertAll(account, batch);
        }
    }

    @Test
    void compactingOnRequestReportsTheSizesAndKeepsEveryMessage() throws IOException {
        copyUncompacted();

        Compaction done = Archive.compact(dir);

        assertThat(done.bytesAfter()).isLessThanOrEqualTo(done.bytesBefore() / SHRINK_FACTOR);
        assertThat(done.bytesAfter()).isEqualTo(fileSize());
        assertEveryKeptMessageIsThere();
    }

    @Test
    void theThresholdNeedsBothARatioAndEnoughBytes() {
        long mb = 1L << 20;
        assertThat(new Footprint(200 * mb, 40 * mb).worthCompacting()).isTrue();
        assertThat(new Footprint(200 * mb, 120 * mb).worthCompacting()).as("less than half wasted").isFalse();
        assertThat(new Footprint(12 * mb, mb).worthCompacting()).as("under 16 MB to gain").isFalse();
        assertThat(new Footprint(10 * mb, 12 * mb).wastedBytes()).isZero();
    }

    @Test
    void aProcessKilledInTheMiddleOfCompactingLeavesEveryMessage() throws Exception {
        copyUncompacted();
        Path copy = dir.resolve("archive.mv.db.tempFile");
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CompactForever.class.getName(), dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                // Wait for the copy to exist: the compaction is between its start and its rename.
                while (!Files.exists(copy) && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(child.isAlive()).as("the child compacts until killed").isTrue();
                assertThat(copy).as("round %d: a compaction in progress within 60 s", round).exists();
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertEveryKeptMessageIsThere();
            assertThat(copy).as("the cut-short copy, deleted at open").doesNotExist();
        }
    }

    /** Compacts the archive in args[0] again and again, until killed. */
    static final class CompactForever {
        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            while (true) {
                Archive.compact(folder);
            }
        }
    }

    /** KEPT small messages of one account, BULK large ones of another between them; then that account removed. */
    private static void bulkLoadThenDelete(Archive archive) {
        AccountStore accounts = new AccountStore(archive);
        long kept = accounts.ensure("kept@example.org");
        long bulk = accounts.ensure("bulk@example.org");
        MessageStore store = new MessageStore(archive);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        int k = 0;
        int b = 0;
        while (k < KEPT || b < BULK) {
            List<NewMessage> page = new ArrayList<>();
            for (int i = 0; i < 250 && k < KEPT; i++, k++) {
                page.add(NewMessage.chat("bob@example.org", false, "bob@example.org/phone", "k" + k, "ok" + k, "Sk" + k,
                        t0.plusSeconds(k), "kept " + k));
            }
            store.insertAll(kept, page);
            page.clear();
            for (int i = 0; i < 250 && b < BULK; i++, b++) {
                page.add(NewMessage.chat("carol@example.org", false, "carol@example.org/phone", "b" + b, "ob" + b,
                        "Sb" + b, t0.plusSeconds(b), "bulk " + b + FILLER));
            }
            store.insertAll(bulk, page);
        }
        assertThat(accounts.remove("bulk@example.org")).isTrue();
    }

    private void assertEveryKeptMessageIsThere() {
        try (Archive archive = Archive.open(dir)) {
            long kept = new AccountStore(archive).find("kept@example.org").orElseThrow().id();
            List<StoredMessage> all = new MessageQueries(archive).page(kept, "bob@example.org", ConversationKind.CHAT,
                    null, KEPT + 10);
            Set<String> bodies = new HashSet<>();
            all.forEach(m -> bodies.add(m.body()));
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < KEPT; i++) {
                expected.add("kept " + i);
            }
            assertThat(all).hasSize(KEPT);
            assertThat(bodies).isEqualTo(expected);
            assertThat(new AccountStore(archive).find("bulk@example.org")).isEmpty();
        }
    }

    private long fileSize() {
        try {
            return Files.size(dir.resolve("archive.mv.db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
