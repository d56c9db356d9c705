package im.parley.bench;

import im.parley.archive.search.IndexedText;
import im.parley.archive.search.LuceneSearchIndex;
import im.parley.archive.search.SearchQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The two candidates of the search benchmark behind one small interface. */
final class SearchEngines {
    private SearchEngines() {
    }

    /** An engine holding the archive's messages and their full-text index. */
    interface Engine extends AutoCloseable {
        /** Stores a batch durably with the index on (one transaction / one commit a batch). */
        void insert(List<IndexedText> batch) throws Exception;

        /** The newest {@code limit} messages matching every word, optionally in one conversation; the hit count. */
        int search(String text, Optional<String> conversation, int limit) throws Exception;
    }

    static final String TABLE = "CREATE TABLE IF NOT EXISTS MSG(ID BIGINT PRIMARY KEY, CONV VARCHAR(3071) NOT NULL, "
            + "TS BIGINT NOT NULL, BODY VARCHAR NOT NULL)";
    static final String CONV_INDEX = "CREATE INDEX IF NOT EXISTS MSG_CONV_TS ON MSG(CONV, TS)";

    static Connection h2(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        c.setAutoCommit(false);
        return c;
    }

    static void insertRows(Connection c, List<IndexedText> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO MSG VALUES (?, ?, ?, ?)")) {
            for (IndexedText t : batch) {
                ps.setLong(1, t.messageKey());
                ps.setString(2, t.conversation());
                ps.setLong(3, t.time().toEpochMilli());
                ps.setString(4, t.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    static long folderBytes(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /**
     * Parley's LuceneSearchIndex beside a plain H2 table (what the archive will be: the table without a
     * full-text index, plus Lucene). Times the two parts apart so that the index's own cost shows.
     */
    static final class Lucene implements Engine {
        final LuceneSearchIndex index;
        private final Connection db;
        private final int commitEvery = Integer.getInteger("bench.commitEvery", 1_000);
        private int sinceCommit;
        long dbNanos;
        long indexNanos;
        long commitNanos;

        Lucene(Path dir, boolean withTable) throws Exception {
            index = LuceneSearchIndex.open(dir.resolve("search"));
            db = withTable ? h2(dir.resolve("archive")) : null;
            if (db != null) {
                try (Statement s = db.createStatement()) {
                    s.execute(TABLE);
                    s.execute(CONV_INDEX);
                }
                db.commit();
            }
        }

        @Override
        public void insert(List<IndexedText> batch) throws Exception {
            long t0 = System.nanoTime();
            if (db != null) {
                insertRows(db, batch);
            }
            long t1 = System.nanoTime();
            index.add(batch);
            sinceCommit += batch.size();
            if (sinceCommit >= commitEvery) {
                long c0 = System.nanoTime();
                index.commit();
                commitNanos += System.nanoTime() - c0;
                sinceCommit = 0;
            }
            dbNanos += t1 - t0;
            indexNanos += System.nanoTime() - t1;
        }

        @Override
        public int search(String text, Optional<String> conversation, int limit) throws Exception {
            return index.search(new SearchQuery(text, conversation, limit, Optional.empty())).size();
        }

        @Override
        public void close() throws Exception {
            index.close();
            if (db != null) {
                db.close();
            }
        }
    }

    /**
     * H2's native full-text index (org.h2.fulltext.FullText) over the same table: triggers keep its word
     * tables up to date. FT_SEARCH_DATA neither filters by conversation nor sorts, so the newest hits need
     * every match looked up in the table and sorted; {@link #searchAnyOrder} is the engine's own lower bound.
     */
    static final class H2FullText implements Engine {
        private final Connection db;
        private final String primaryKeyIndex;

        /** Creates the table and the index, or with {@code create} false only opens them, as an app start would. */
        H2FullText(Path dir, boolean create) throws SQLException {
            db = h2(dir.resolve("archive-ft"));
            try (Statement s = db.createStatement()) {
                if (create) {
                    create(s);
                }
                try (ResultSet r = s.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                        + "WHERE TABLE_NAME = 'MSG' AND INDEX_TYPE_NAME = 'PRIMARY KEY'")) {
                    r.next();
                    primaryKeyIndex = r.getString(1);
                }
            }
            db.commit();
        }

        private static void create(Statement s) throws SQLException {
            s.execute(TABLE);
            s.execute(CONV_INDEX);
            s.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
            s.execute("CALL FT_INIT()");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM FT.INDEXES WHERE \"TABLE\" = 'MSG'")) {
                r.next();
                if (r.getInt(1) == 0) {
                    s.execute("CALL FT_CREATE_INDEX('PUBLIC', 'MSG', 'BODY')");
                }
            }
        }

        @Override
        public void insert(List<IndexedText> batch) throws Exception {
            insertRows(db, batch);
        }

        /**
         * Two steps, as an archive on H2's index would have to: every matching key from FT_SEARCH_DATA, then
         * the newest of those rows by primary-key lookups. In one statement (a join, or ID IN a subquery)
         * H2 scans the conversation's rows and runs FT_SEARCH_DATA again for each of them (88 s for one
         * common word over 20,000 messages); without the index hint it checks every row of the conversation
         * against the whole key array.
         */
        @Override
        public int search(String text, Optional<String> conversation, int limit) throws SQLException {
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT KEYS FROM FT_SEARCH_DATA(?, 0, 0)")) {
                ps.setString(1, text);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        keys.add(Long.parseLong(String.valueOf(((Object[]) r.getArray(1).getArray())[0])));
                    }
                }
            }
            String sql = "SELECT ID, TS FROM MSG USE INDEX (" + primaryKeyIndex + ") WHERE ID = ANY(?)"
                    + (conversation.isPresent() ? " AND CONV = ?" : "") + " ORDER BY TS DESC, ID DESC LIMIT ?";
            // An H2 array holds at most 65,536 values: the newest of each chunk, then the newest of those.
            List<long[]> newest = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (int from = 0; from < keys.size(); from += 65_536) {
                    int i = 1;
                    ps.setArray(i++, db.createArrayOf("BIGINT",
                            keys.subList(from, Math.min(keys.size(), from + 65_536)).toArray()));
                    if (conversation.isPresent()) {
                        ps.setString(i++, conversation.get());
                    }
                    ps.setInt(i, limit);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            newest.add(new long[] {r.getLong(1), r.getLong(2)});
                        }
                    }
                }
            }
            newest.sort((a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(b[0], a[0]));
            return Math.min(limit, newest.size());
        }

        /**
         * The newest {@code limit} of all messages in one statement, the match table joined to MSG: H2 plans
         * this one well (the function outside, a primary-key lookup per match), unlike the filtered form.
         */
        int searchJoinGlobal(String text, int limit) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement("SELECT m.ID FROM FT_SEARCH_DATA(?, 0, 0) ft "
                    + "JOIN MSG m ON m.ID = CAST(ft.KEYS[1] AS BIGINT) ORDER BY m.TS DESC, m.ID DESC LIMIT ?")) {
                ps.setString(1, text);
                ps.setInt(2, limit);
                return count(ps);
            }
        }

        /** Any {@code limit} matches, unfiltered and unsorted: what FT_SEARCH_DATA alone costs. */
        int searchAnyOrder(String text, int limit) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement("SELECT KEYS FROM FT_SEARCH_DATA(?, ?, 0)")) {
                ps.setString(1, text);
                ps.setInt(2, limit);
                return count(ps);
            }
        }

        private static int count(PreparedStatement ps) throws SQLException {
            int n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public void close() throws SQLException {
            db.commit();
            db.close();
        }
    }
}
