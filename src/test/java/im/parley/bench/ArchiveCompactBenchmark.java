package im.parley.bench;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.ArchiveBenchSupport;
import im.parley.archive.ArchiveSearch;
import im.parley.archive.ConversationKind;
import im.parley.archive.Footprint;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The archive file after a bulk load, and what closing it gives back: a bulk load (MAM pages of
 * 250, the search index on, three pages for "me" to one for "old", interleaved), closed as the app
 * closes it (a full compaction, H2's {@code SHUTDOWN COMPACT}, when the file is worth it); then
 * deleting "old" and its history, the same again; then an ordinary session (2,000 messages) that
 * must stay below the threshold; then the Lucene index's segments and what {@code forceMerge(1)}
 * would give. Every message is counted after each step. Run:
 * {@code bash src/test/scripts/bench-compact.sh [messages]}.
 */
public final class ArchiveCompactBenchmark {
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createTempDirectory("parley-compact-bench");
        Random random = new Random(42);
        Archive archive = ArchiveBenchSupport.open(dir);
        long me = new AccountStore(archive).ensure("me@example.org");
        long old = new AccountStore(archive).ensure("old@example.org");
        MessageStore store = new MessageStore(archive);
        ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"));
        long start = System.nanoTime();
        int mine = load(store, me, old, total, random);
        System.out.printf("bulk load: %,d messages (%,d of me) in %.1f s%n", total, mine, (System.nanoTime() - start) / 1e9);
        search.close();
        close(archive, dir, "after the bulk load");
        count(dir, me, total);

        archive = ArchiveBenchSupport.open(dir);
        long t = System.nanoTime();
        new AccountStore(archive).remove("old@example.org");
        System.out.printf("deleting old's %,d messages: %.1f s%n", total - mine, (System.nanoTime() - t) / 1e9);
        close(archive, dir, "after deleting an account's history");
        count(dir, me, mine);

        archive = ArchiveBenchSupport.open(dir);
        store = new MessageStore(archive);
        List<NewMessage> page = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            page.add(message("late" + i, total + i, random));
            if (page.size() == 250) {
                store.insertAll(me, page);
                page.clear();
            }
        }
        close(archive, dir, "an ordinary session after it (2,000 more messages)");

        lucene(dir.resolve("search"));
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Stores {@code total} messages in pages of 250, every fourth page to "old"; returns how many went to "me". */
    private static int load(MessageStore store, long me, long old, int total, Random random) {
        List<NewMessage> page = new ArrayList<>(250);
        int pages = 0;
        int mine = 0;
        for (int i = 0; i < total; i++) {
            page.add(message("m" + i, i, random));
            if (page.size() == 250 || i == total - 1) {
                boolean toOld = pages++ % 4 == 3;
                store.insertAll(toOld ? old : me, page);
                mine += toOld ? 0 : page.size();
                page.clear();
            }
        }
        return mine;
    }

    private static NewMessage message(String id, int i, Random random) {
        String peer = i % 2 == 0 ? "big@example.org" : "c" + random.nextInt(500) + "@example.org";
        return NewMessage.chat(peer, false, peer + "/phone", id, "o" + id, "S" + id, T0.plusSeconds(i),
                ArchiveBenchmark.sentence(random));
    }

    /** Closes as the app does (a full compaction when worth it), timed, with the file before and after. */
    private static void close(Archive archive, Path dir, String when) throws IOException {
        Footprint f = archive.footprint();
        long t = System.nanoTime();
        archive.close();
        System.out.printf("%s: file %,d MB, live %,d MB (%.0f%%), worth compacting: %s; close %,.0f ms, file after"
                + " %,d MB%n", when, f.fileBytes() >> 20, f.liveBytes() >> 20, 100.0 * f.liveBytes() / f.fileBytes(),
                f.worthCompacting(), (System.nanoTime() - t) / 1e6, Files.size(dir.resolve("archive.mv.db")) >> 20);
    }

    private static void count(Path dir, long account, int expected) {
        long t = System.nanoTime();
        try (Archive archive = ArchiveBenchSupport.open(dir)) {
            double openMs = (System.nanoTime() - t) / 1e6;
            MessageQueries q = new MessageQueries(archive);
            long big = q.count(account, "big@example.org", ConversationKind.CHAT);
            long n = archive.read(c -> {
                try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM message")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            long firstPage = System.nanoTime();
            q.page(account, "big@example.org", ConversationKind.CHAT, null, 50);
            System.out.printf("  reopened in %.0f ms: %,d messages (expected %,d), %,d in the big conversation;"
                    + " newest 50 in %.1f ms%n", openMs, n, expected, big, (System.nanoTime() - firstPage) / 1e6);
            if (n != expected) {
                throw new IllegalStateException("messages lost or added: " + n + " != " + expected);
            }
        }
    }

    private static void lucene(Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder)) {
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                System.out.printf("search index: %,d MB, %d segments, %,d docs, %,d deleted%n", size(folder) >> 20,
                        r.leaves().size(), r.maxDoc(), r.numDeletedDocs());
            }
            long t = System.nanoTime();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig()
                    .setIndexSort(new org.apache.lucene.search.Sort(
                            new org.apache.lucene.search.SortField("time", org.apache.lucene.search.SortField.Type.LONG, true),
                            new org.apache.lucene.search.SortField("key", org.apache.lucene.search.SortField.Type.LONG, true))))) {
                w.forceMerge(1);
                w.commit();
            }
            System.out.printf("  forceMerge(1): %.1f s, %,d MB after%n", (System.nanoTime() - t) / 1e9, size(folder) >> 20);
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
