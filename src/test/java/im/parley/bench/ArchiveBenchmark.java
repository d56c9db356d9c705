package im.parley.bench;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.ArchiveBenchSupport;
import im.parley.archive.ArchiveSearch;
import im.parley.archive.ConversationKind;
import im.parley.archive.Delivery;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import im.parley.archive.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The local archive at a million messages: the batched insert rate (MAM pages of 250, each
 * message checked for a stored copy first, the search index on), then opening a conversation (its newest 50) and
 * paging back, cold after a reopen and warm. One conversation holds half of all messages; the
 * rest spread over 500. Run: {@code bash src/test/scripts/bench-archive.sh [messages]}.
 */
public final class ArchiveBenchmark {
    private static final String[] WORDS = ("the a to and of you i it is in that for on we this be have with are was "
            + "not at just what so but do can lunch meeting tomorrow call later thanks great see code review train "
            + "coffee weekend photo link okay yes no maybe tonight home office release build test").split(" ");

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("parley-archive-bench");
        Random random = new Random(42);
        long account;
        try (Archive archive = ArchiveBenchSupport.open(dir)) {
            account = new AccountStore(archive).ensure("me@example.org");
            MessageStore store = new MessageStore(archive);
            // The search index on, as in the app: every committed page is indexed right after.
            ArchiveSearch search = ArchiveSearch.open(archive, store, dir.resolve("search"));
            Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
            long start = System.nanoTime();
            List<NewMessage> page = new ArrayList<>(250);
            for (int i = 0; i < total; i++) {
                String peer = i % 2 == 0 ? "big@example.org" : "c" + random.nextInt(500) + "@example.org";
                boolean outgoing = random.nextInt(3) == 0;
                page.add(new NewMessage(peer, ConversationKind.CHAT, outgoing, outgoing ? "me@example.org/desk" : peer + "/phone",
                        null, "m" + i, "o" + i, "S" + i, t0.plusSeconds(i), Instant.now(), sentence(random), null, null, null,
                        outgoing ? Delivery.SENT : Delivery.DISPLAYED, List.of()));
                if (page.size() == 250) {
                    store.insertAll(account, page);
                    page.clear();
                }
            }
            store.insertAll(account, page);
            search.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("insert: %,d messages in %.1f s = %,.0f messages/s (pages of 250, dedupe and search"
                    + " index on, each page committed to disk)%n", total, seconds, total / seconds);
        }
        System.out.printf("file: %,d MB%n", Files.size(dir.resolve("archive.mv.db")) / (1 << 20));
        long reopen = System.nanoTime();
        try (Archive archive = ArchiveBenchSupport.open(dir)) {
            System.out.printf("reopen: %.0f ms%n", (System.nanoTime() - reopen) / 1e6);
            MessageQueries queries = new MessageQueries(archive);
            long cold = System.nanoTime();
            List<StoredMessage> first = queries.page(account, "big@example.org", ConversationKind.CHAT, null, 50);
            double coldMs = (System.nanoTime() - cold) / 1e6;
            System.out.printf("first open after reopen (cold), newest 50 of %,d: %.1f ms%n",
                    queries.count(account, "big@example.org", ConversationKind.CHAT), coldMs);
            measure("open big conversation, newest 50", 300,
                    () -> queries.page(account, "big@example.org", ConversationKind.CHAT, null, 50));
            measure("open a small conversation, newest 50", 300,
                    () -> queries.page(account, "c" + random.nextInt(500) + "@example.org", ConversationKind.CHAT, null, 50));
            StoredMessage[] cursor = {first.get(0)};
            measure("page back 50 in the big conversation", 300, () -> {
                List<StoredMessage> older = queries.page(account, "big@example.org", ConversationKind.CHAT, cursor[0], 50);
                cursor[0] = older.isEmpty() ? first.get(0) : older.get(0);
            });
            // H2 keeps replaced chunks for its 45 s retention time, then compacts in the background.
            Thread.sleep(Long.getLong("bench.idle", 90_000L));
            System.out.printf("file after 90 s open: %,d MB%n", Files.size(dir.resolve("archive.mv.db")) / (1 << 20));
        }
        System.out.printf("file after closing: %,d MB%n", Files.size(dir.resolve("archive.mv.db")) / (1 << 20));
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("kept: " + dir);
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String sentence(Random random) {
        int n = 1 + random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[Math.min(WORDS.length - 1, (int) Math.abs(random.nextGaussian() * 12))]);
        }
        return sb.toString();
    }

    private static void measure(String what, int runs, Runnable r) {
        for (int i = 0; i < 50; i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what, ms[runs / 2],
                ms[(int) (runs * 0.95)], ms[runs - 1], runs);
    }
}
