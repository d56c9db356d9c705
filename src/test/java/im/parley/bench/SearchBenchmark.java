package im.parley.bench;

import im.parley.archive.search.IndexedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Archive search: H2's native full-text index against Parley's LuceneSearchIndex over the same synthetic
 * archive ({@link SyntheticChat}). For each engine: batched insert (1,000 messages a transaction or
 * commit) with the index on, then the newest 50 hits for rare, medium and common words (and, Lucene only,
 * prefixes as typed), globally and in one conversation, p50/p95 in the warm process; then time to first
 * result in fresh JVMs (open the store, run one query).
 *
 * <p>Arguments: {@code [messages] [engines] [work dir]}, default {@code 1000000 lucene,h2 target/bench-search}.
 * System properties: {@code bench.queries} (measured queries per case, default 200),
 * {@code bench.h2Budget} (seconds per H2 case, default 60: its common words take seconds each).
 */
public final class SearchBenchmark {
    private static final int BATCH = 1_000;
    private static final int LIMIT = 50;
    private static final int QUERIES = Integer.getInteger("bench.queries", 200);
    private static final double H2_BUDGET_S = Double.parseDouble(System.getProperty("bench.h2Budget", "60"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("first")) {
            firstResult(args[1], Path.of(args[2]), args[3]);
            return;
        }
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        List<String> engines = List.of((args.length > 1 ? args[1] : "lucene,h2").split(","));
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-search").toAbsolutePath();
        System.out.printf(Locale.ROOT, "messages %,d, batch %d, limit %d, %d queries a case (H2: at most %.0f s a case)%n",
                size, BATCH, LIMIT, QUERIES, H2_BUDGET_S);
        String firstWord = null;
        for (String engine : engines) {
            Path dir = work.resolve(engine);
            // bench.reuse: search what an earlier run of the same size left (the generator only recounts words)
            boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(dir);
            if (!reuse) {
                deleteTree(dir);
                Files.createDirectories(dir);
            }
            SyntheticChat chat = new SyntheticChat();
            try (SearchEngines.Engine e = engine.equals("h2") ? new SearchEngines.H2FullText(dir, !reuse)
                    : new SearchEngines.Lucene(dir, true)) {
                if (reuse) {
                    for (int done = 0; done < size; done += BATCH) {
                        chat.next(Math.min(BATCH, size - done));
                    }
                } else {
                    insert(engine, e, chat, size);
                }
                System.out.printf(Locale.ROOT, "%s disk: %s%n", engine, diskReport(dir));
                Map<String, List<String>> classes = wordClasses(chat, size, engine.equals("lucene"));
                firstWord = classes.get("medium").get(0);
                search(engine, e, chat, classes);
            }
        }
        for (String engine : engines) {
            double[][] f = new double[4][3];
            for (int i = 0; i < 3; i++) {
                String[] out = child(engine, work.resolve(engine), firstWord).split(" ");
                for (int k = 0; k < 4; k++) {
                    f[k][i] = Double.parseDouble(out[k]);
                }
            }
            System.out.printf(Locale.ROOT, "%s first result (fresh JVM, one medium-word query, 3 runs), ms: "
                    + "open + query %s (open %s, query %s), JVM start to result %s%n", engine,
                    BenchSupport.spread(f[0]), BenchSupport.spread(f[2]), BenchSupport.spread(f[3]),
                    BenchSupport.spread(f[1]));
        }
    }

    private static void insert(String engine, SearchEngines.Engine e, SyntheticChat chat, int size) throws Exception {
        long cpu0 = BenchSupport.processCpuNanos();
        long t0 = System.nanoTime();
        long lap = t0;
        for (int done = 0; done < size; done += BATCH) {
            e.insert(chat.next(Math.min(BATCH, size - done)));
            if ((done + BATCH) % 100_000 == 0) {
                long now = System.nanoTime();
                BenchSupport.log("%s: %,d inserted, last 100k at %,.0f rows/s", engine, done + BATCH,
                        100_000 / ((now - lap) / 1e9));
                lap = now;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchSupport.processCpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%s insert: %,d rows in %.1f s = %,.0f rows/s, process CPU %.1f s (generator "
                + "included; batches of %d, H2 commit each, Lucene commit every %s)%n", engine, size, s, size / s, cpu, BATCH,
                Integer.getInteger("bench.commitEvery", BATCH));
        if (e instanceof SearchEngines.Lucene) {
            SearchEngines.Lucene l = (SearchEngines.Lucene) e;
            System.out.printf(Locale.ROOT, "  of which H2 table (no full-text index) %.1f s = %,.0f rows/s; "
                    + "Lucene add+commit %.1f s = %,.0f rows/s (in commit() %.1f s)%n", l.dbNanos / 1e9,
                    size / (l.dbNanos / 1e9), l.indexNanos / 1e9, size / (l.indexNanos / 1e9), l.commitNanos / 1e9);
        }
    }

    /** Query words by share of messages; prefixes and pairs are Lucene's (H2's index has no prefix search). */
    private static Map<String, List<String>> wordClasses(SyntheticChat chat, int size, boolean lucene) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("rare", chat.wordsWithShare(size, 0.00005, 0.0002, 20));
        c.put("medium", chat.wordsWithShare(size, 0.002, 0.01, 20));
        c.put("common", chat.wordsWithShare(size, 0.05, 1.0, 20));
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pairs.add(c.get("medium").get(i % c.get("medium").size()) + " " + c.get("common").get(i % c.get("common").size())
                    + " ");
        }
        c.put("medium+common", pairs);
        if (lucene) {
            c.put("prefix 3 letters", c.get("medium").stream().filter(w -> w.length() > 3).map(w -> w.substring(0, 3))
                    .collect(Collectors.toList()));
            c.put("prefix 2 letters", c.get("common").stream().filter(w -> w.length() > 2).map(w -> w.substring(0, 2))
                    .collect(Collectors.toList()));
        }
        for (String k : List.of("rare", "medium", "common")) {
            int[] df = c.get(k).stream().mapToInt(chat::frequencyOf).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-7s %2d words, in %,d-%,d messages (median %,d)%n", k, df.length, df[0],
                    df[df.length - 1], df[df.length / 2]);
        }
        return c;
    }

    private static void search(String engine, SearchEngines.Engine e, SyntheticChat chat,
            Map<String, List<String>> classes) throws Exception {
        Random warm = new Random(1);
        List<String> all = classes.values().stream().flatMap(List::stream).collect(Collectors.toList());
        long warmUntil = System.nanoTime() + (long) (engine.equals("h2") ? 20e9 : 10e9);
        for (int i = 0; i < 500 && System.nanoTime() < warmUntil; i++) {
            e.search(all.get(warm.nextInt(all.size())), Optional.of(chat.conversation(warm)), LIMIT);
        }
        System.out.printf(Locale.ROOT, "%s search, newest %d, ms: %-18s %-34s %-34s%n", engine, LIMIT, "",
                "global p50 / p95 / max (n, hits)", "one conversation p50 / p95 / max (n, hits)");
        double budget = engine.equals("h2") ? H2_BUDGET_S : 120;
        for (Map.Entry<String, List<String>> c : classes.entrySet()) {
            String global = measure(e, c.getValue(), null, budget);
            String conv = measure(e, c.getValue(), chat, budget);
            System.out.printf(Locale.ROOT, "  %-18s %-34s %-34s%n", c.getKey(), global, conv);
        }
        if (e instanceof SearchEngines.H2FullText) {
            SearchEngines.H2FullText h2 = (SearchEngines.H2FullText) e;
            for (String k : List.of("rare", "medium", "common")) {
                List<String> words = classes.get(k);
                long[] t = new long[Math.min(QUERIES, 100)];
                int n = 0;
                long deadline = System.nanoTime() + (long) (H2_BUDGET_S * 1e9);
                for (; n < t.length && System.nanoTime() < deadline; n++) {
                    long t0 = System.nanoTime();
                    h2.searchJoinGlobal(words.get(n % words.size()), LIMIT);
                    t[n] = System.nanoTime() - t0;
                }
                long[] done = java.util.Arrays.copyOf(t, n);
                System.out.printf(Locale.ROOT, "  one statement (join), global, %-7s p50 %.1f / p95 %.1f / max %.1f ms (%d)%n",
                        k, BenchSupport.percentile(done, 50), BenchSupport.percentile(done, 95),
                        BenchSupport.percentile(done, 100), n);
            }
            for (String k : List.of("rare", "medium", "common")) {
                List<String> words = classes.get(k);
                long[] t = new long[Math.min(QUERIES, 100)];
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    h2.searchAnyOrder(words.get(i % words.size()), LIMIT);
                    t[i] = System.nanoTime() - t0;
                }
                System.out.printf(Locale.ROOT, "  FT_SEARCH_DATA alone, any %d, %-7s p50 %.1f / p95 %.1f ms%n", LIMIT, k,
                        BenchSupport.percentile(t, 50), BenchSupport.percentile(t, 95));
            }
        }
    }

    /** "p50 / p95 / max (queries, mean hits)" for the queries in turn, in one conversation drawn by activity if chat is given. */
    private static String measure(SearchEngines.Engine e, List<String> queries, SyntheticChat chat, double budgetS)
            throws Exception {
        Random r = new Random(queries.hashCode());
        long[] t = new long[QUERIES];
        long hits = 0;
        int n = 0;
        long deadline = System.nanoTime() + (long) (budgetS * 1e9);
        for (; n < QUERIES && System.nanoTime() < deadline; n++) {
            Optional<String> conv = chat == null ? Optional.empty() : Optional.of(chat.conversation(r));
            long t0 = System.nanoTime();
            hits += e.search(queries.get(n % queries.size()), conv, LIMIT);
            t[n] = System.nanoTime() - t0;
        }
        long[] done = java.util.Arrays.copyOf(t, n);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.1f (%d, %.0f)", BenchSupport.percentile(done, 50),
                BenchSupport.percentile(done, 95), BenchSupport.percentile(done, 100), n, hits / (double) n);
    }

    private static String child(String engine, Path dir, String word) throws Exception {
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), SearchBenchmark.class.getName(), "first", engine,
                dir.toString(), word);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException(engine + " child failed");
        }
        return line;
    }

    /** In a fresh JVM: open the engine's files as an app start would and run one query. */
    private static void firstResult(String engine, Path dir, String word) throws Exception {
        long t0 = System.nanoTime();
        try (SearchEngines.Engine e = engine.equals("h2") ? new SearchEngines.H2FullText(dir, false)
                : new SearchEngines.Lucene(dir, false)) {
            long t1 = System.nanoTime();
            int hits = e.search(word, Optional.empty(), LIMIT);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%.1f %d %.1f %.1f %d%n", (t2 - t0) / 1e6,
                    ManagementFactory.getRuntimeMXBean().getUptime(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, hits);
        }
    }

    private static String diskReport(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).collect(Collectors.toList())) {
                b.append(String.format(Locale.ROOT, "%s %.0f MB  ", p.getFileName(),
                        SearchEngines.folderBytes(p) / 1048576.0));
            }
        }
        return b.toString().trim();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
