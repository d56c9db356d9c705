package im.parley.archive.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The archive's search index in a folder of its own (the archive passes e.g. {@code PROFILE/search/};
 * nothing else may live there: a damaged index is wiped). One Lucene document per message: the key
 * (a term for replace/remove, a doc value for sorting), the conversation (a term for the filter,
 * stored), the time (a point and a doc value: sorting newest first lets Lucene skip old documents)
 * and the text (words only, no positions or frequencies since nothing is scored or phrased; stored,
 * so a hit's offsets come from running the analyzer over its text again).
 *
 * <p>Opening checks what a crash can leave: a leftover {@code write.lock} is harmless (the lock is
 * the operating system's, released with the process); files without a commit point, a damaged
 * commit or missing segment files make the index start again empty, logged and reported by
 * {@link #rebuiltBecause()}, and {@link #lastIndexedKey()} 0 makes the archive re-feed everything.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    static final String F_ID = "id";
    static final String F_KEY = "key";
    static final String F_TIME = "time";
    static final String F_CONV = "conv";
    static final String F_TEXT = "text";

    /** Commit data. Bump SCHEMA when the fields or the analyzer change: an older index is rebuilt. */
    private static final String SCHEMA = "parley.schema";
    private static final String SCHEMA_VERSION = "1";
    private static final String LAST_KEY = "parley.lastIndexedKey";
    private static final String MAX_KEY = "parley.maxKey";

    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS);
        TEXT_TYPE.setOmitNorms(true);
        TEXT_TYPE.freeze();
    }

    private static final Sort NEWEST_FIRST = new Sort(new SortField(F_TIME, SortField.Type.LONG, true),
            new SortField(F_KEY, SortField.Type.LONG, true));

    private final Directory dir;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Optional<String> rebuiltBecause;
    /** Set by every write, cleared by the search that reopens the reader to see it. */
    private final AtomicBoolean unseenWrites = new AtomicBoolean();
    private volatile boolean closed;
    // Guarded by this: what the next commit records, what the last one did, and the highest key ever put.
    private long pendingLastKey;
    private volatile long committedLastKey;
    private long maxKey;
    private boolean uncommitted;

    private LuceneSearchIndex(Directory dir, Analyzer analyzer, IndexWriter writer, Optional<String> rebuiltBecause)
            throws IOException {
        this.dir = dir;
        this.analyzer = analyzer;
        this.writer = writer;
        this.rebuiltBecause = rebuiltBecause;
        Map<String, String> data = commitData(writer);
        this.committedLastKey = Long.parseLong(data.getOrDefault(LAST_KEY, "0"));
        this.pendingLastKey = committedLastKey;
        this.maxKey = Long.parseLong(data.getOrDefault(MAX_KEY, "0"));
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    /**
     * Opens the index in {@code folder} (created if missing), or starts it again empty if crash damage is
     * found. Costs tens of milliseconds for a million messages (nothing is read whole).
     *
     * @throws SearchIndexException LOCKED if another process has it open, IO if the folder is unusable
     */
    public static LuceneSearchIndex open(Path folder) throws SearchIndexException {
        return open(folder, false);
    }

    /** Discards whatever {@code folder} holds and opens an empty index: after a CORRUPT failure. */
    public static LuceneSearchIndex openEmpty(Path folder) throws SearchIndexException {
        return open(folder, true);
    }

    private static LuceneSearchIndex open(Path folder, boolean discard) throws SearchIndexException {
        Directory dir = null;
        try {
            Files.createDirectories(folder);
            dir = FSDirectory.open(folder);
            String damage = discard ? "asked to start empty" : null;
            if (damage == null) {
                IndexWriter writer = null;
                try {
                    damage = tornWithoutCommit(dir);
                    if (damage == null) {
                        writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                        String schema = commitData(writer).get(SCHEMA);
                        if (schema == null && writer.getDocStats().maxDoc == 0 || SCHEMA_VERSION.equals(schema)) {
                            return new LuceneSearchIndex(dir, new SearchAnalyzer(), writer, Optional.empty());
                        }
                        damage = "index schema " + schema + ", this version writes " + SCHEMA_VERSION;
                    }
                } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                        | EOFException | NoSuchFileException | FileNotFoundException e) {
                    damage = e.toString();
                } catch (IllegalArgumentException e) {
                    // IndexWriter's word for an index written with another index sort: an older layout.
                    damage = e.toString();
                }
                rollbackQuietly(writer);
                LOG.log(Level.WARNING, "search index in {0} is damaged ({1}); starting it again empty",
                        new Object[] {folder, damage});
            }
            wipe(dir);
            IndexWriter writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
            LuceneSearchIndex index = new LuceneSearchIndex(dir, new SearchAnalyzer(), writer, Optional.of(damage));
            index.commitNow();
            return index;
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new SearchIndexException(SearchIndexException.Condition.LOCKED,
                    "search index " + folder + " is open elsewhere (another Parley on this profile?)", e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new SearchIndexException(SearchIndexException.Condition.IO, "cannot open search index " + folder, e);
        }
    }

    /** A crash before the first commit, or a deleted segments file, leaves segment files but no commit. */
    private static String tornWithoutCommit(Directory dir) throws IOException {
        if (DirectoryReader.indexExists(dir)) {
            return null;
        }
        for (String name : dir.listAll()) {
            if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                return "index files but no commit point (" + name + ", ...)";
            }
        }
        return null;
    }

    private static void wipe(Directory dir) throws IOException {
        // Under the lock, so that a second Parley holding the index is refused rather than wiped.
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    dir.deleteFile(name);
                }
            }
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        // Each segment kept newest first, in the search's own order: a search stops in each segment after the
        // limit instead of visiting every match (a common word among 1M messages:
        // p95 51 ms before, 1.3 ms after, for about 10% more CPU while indexing; docs/BENCHMARKS.md).
        return new IndexWriterConfig(new SearchAnalyzer()).setOpenMode(mode).setIndexSort(NEWEST_FIRST);
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Why opening started the index again empty, if it did (the archive then re-feeds from key 0). */
    public Optional<String> rebuiltBecause() {
        return rebuiltBecause;
    }

    @Override
    public synchronized void add(List<IndexedText> batch) throws SearchIndexException {
        ensureOpen();
        try {
            for (IndexedText t : batch) {
                put(t.messageKey(), t.conversation(), t.time(), t.text());
                pendingLastKey = Math.max(pendingLastKey, t.messageKey());
            }
        } catch (IOException | AlreadyClosedException e) {
            throw failure("add", e);
        }
    }

    @Override
    public synchronized void replace(long messageKey, String conversation, Instant time, String newText)
            throws SearchIndexException {
        ensureOpen();
        IndexedText t = new IndexedText(messageKey, conversation, time, newText);
        try {
            put(t.messageKey(), t.conversation(), t.time(), t.text());
        } catch (IOException | AlreadyClosedException e) {
            throw failure("replace", e);
        }
    }

    @Override
    public synchronized void remove(long messageKey) throws SearchIndexException {
        ensureOpen();
        try {
            writer.deleteDocuments(idTerm(messageKey));
            written();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("remove", e);
        }
    }

    @Override
    public synchronized void removeConversations(String prefix) throws SearchIndexException {
        ensureOpen();
        try {
            writer.deleteDocuments(new org.apache.lucene.search.PrefixQuery(new Term(F_CONV, prefix)));
            written();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("remove conversations", e);
        }
    }

    private void put(long key, String conversation, Instant time, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(F_ID, idBytes(key), Field.Store.NO));
        doc.add(new NumericDocValuesField(F_KEY, key));
        long millis = time.toEpochMilli();
        doc.add(new LongPoint(F_TIME, millis));
        doc.add(new NumericDocValuesField(F_TIME, millis));
        doc.add(new StringField(F_CONV, conversation, Field.Store.YES));
        doc.add(new Field(F_TEXT, text, TEXT_TYPE));
        if (key > maxKey) {
            // Keys grow: one beyond every key ever put cannot be in the index, so skip the delete-by-term.
            writer.addDocument(doc);
            maxKey = key;
        } else {
            writer.updateDocument(idTerm(key), doc);
        }
        written();
    }

    private void written() {
        uncommitted = true;
        unseenWrites.set(true);
    }

    @Override
    public List<SearchHit> search(SearchQuery q) throws SearchIndexException {
        ensureOpen();
        QueryTerms terms = QueryTerms.parse(analyzer, q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.exact().forEach(w -> b.add(new TermQuery(new Term(F_TEXT, w)), Occur.FILTER));
        terms.prefix().ifPresent(p -> b.add(new PrefixQuery(new Term(F_TEXT, p)), Occur.FILTER));
        q.conversation().ifPresent(c -> b.add(new TermQuery(new Term(F_CONV, c)), Occur.FILTER));
        Query query = b.build();
        try {
            if (unseenWrites.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = q.before().isPresent()
                        ? searcher.searchAfter(after(q.before().get()), query, q.limit(), NEWEST_FIRST, false)
                        : searcher.search(query, q.limit(), NEWEST_FIRST, false);
                return hits(searcher, top, terms);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw failure("search", e);
        }
    }

    /**
     * Lucene pages after a (sort values, doc id) position and lets equal sort values through by doc id.
     * Keys are unique, so asking for what follows (time, key - 1) from doc -1 yields exactly the hits
     * after (time, key); a time-only cursor (key MIN_VALUE) has no equal to let through.
     */
    private static FieldDoc after(SearchCursor c) {
        long key = c.messageKey() == Long.MIN_VALUE ? Long.MIN_VALUE : c.messageKey() - 1;
        return new FieldDoc(-1, Float.NaN, new Object[] {c.time().toEpochMilli(), key});
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopFieldDocs top, QueryTerms terms) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            FieldDoc fd = (FieldDoc) sd;
            Document doc = stored.document(sd.doc);
            out.add(new SearchHit((Long) fd.fields[1], doc.get(F_CONV), Instant.ofEpochMilli((Long) fd.fields[0]),
                    terms.find(analyzer, doc.get(F_TEXT))));
        }
        return out;
    }

    @Override
    public long lastIndexedKey() {
        return committedLastKey;
    }

    @Override
    public synchronized void commit() throws SearchIndexException {
        ensureOpen();
        try {
            if (uncommitted) {
                commitNow();
            }
        } catch (IOException | AlreadyClosedException e) {
            throw failure("commit", e);
        }
    }

    private synchronized void commitNow() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA, SCHEMA_VERSION, LAST_KEY, Long.toString(pendingLastKey),
                MAX_KEY, Long.toString(maxKey)).entrySet());
        writer.commit();
        committedLastKey = pendingLastKey;
        uncommitted = false;
    }

    @Override
    public synchronized void close() throws SearchIndexException {
        if (closed) {
            return;
        }
        try {
            if (uncommitted) {
                commitNow();
            }
        } catch (IOException | AlreadyClosedException e) {
            throw failure("close", e);
        } finally {
            closed = true;
            closeQuietly(searchers);
            closeQuietly(writer);
            closeQuietly(dir);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("search index is closed");
        }
    }

    private static SearchIndexException failure(String what, Exception e) {
        SearchIndexException.Condition c = e instanceof CorruptIndexException
                || e.getCause() instanceof CorruptIndexException
                ? SearchIndexException.Condition.CORRUPT : SearchIndexException.Condition.IO;
        return new SearchIndexException(c, "search index " + what + " failed", e);
    }

    private static Term idTerm(long key) {
        return new Term(F_ID, idBytes(key));
    }

    private static BytesRef idBytes(long key) {
        byte[] b = new byte[Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            b[i] = (byte) (key >>> (56 - 8 * i));
        }
        return new BytesRef(b);
    }

    /** Closes without committing: a writer over a damaged index must not write a commit of it. */
    private static void rollbackQuietly(IndexWriter w) {
        if (w != null) {
            try {
                w.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "closing a writer over a damaged index", e);
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing after a failure", e);
            }
        }
    }
}
