package im.parley.archive.search;

import java.time.Instant;
import java.util.List;

/**
 * The archive's full-text index. The archive writes a message to its database first and to the index
 * after; the two commits are not atomic together, so after a crash the index may lack the newest
 * messages (never hold ones the database lacks, if that order is kept). {@link #lastIndexedKey()} is
 * the answer: at start the archive re-feeds every message with a greater key.
 *
 * <p>Corrections and retractions are not covered by that key: the archive must remember, in the same
 * database transaction, which keys still await {@link #replace} or {@link #remove} in the index, and
 * clear them after the next {@link #commit()} (see docs/BENCHMARKS.md "Archive search").
 *
 * <p>Thread-safe: writes are serialised inside, searches run beside them and see uncommitted writes.
 */
public interface SearchIndex extends AutoCloseable {
    /**
     * Indexes new messages. Visible to {@link #search} at once, durable after {@link #commit()}. A key the
     * index already holds is replaced, so re-feeding after a crash never duplicates.
     */
    void add(List<IndexedText> batch) throws SearchIndexException;

    /** A correction: the message is found by its new text only (and indexed if it was missing). */
    void replace(long messageKey, String conversation, Instant time, String newText) throws SearchIndexException;

    /** A retraction or deletion; a key the index does not hold is ignored. */
    void remove(long messageKey) throws SearchIndexException;

    /** Every message of the conversations whose key starts with {@code prefix}: an account's, when it is removed. */
    void removeConversations(String prefix) throws SearchIndexException;

    /**
     * Hits newest first: a messenger's search is about recent talk, and with short messages and every word
     * required, relevance ranking would order by little more than length.
     *
     * @throws IllegalArgumentException if the text holds no word (empty, spaces, punctuation only)
     */
    List<SearchHit> search(SearchQuery query) throws SearchIndexException;

    /** The highest key added by {@link #add} and made durable by {@link #commit()}; 0 for an empty index. */
    long lastIndexedKey();

    /**
     * Makes every write so far durable. It fsyncs: 0.1 s on a busy disk, and committing every 1,000 messages
     * cut indexing from about 49,000 to 9,000 messages/s. Commit every few seconds or 10,000 messages
     * and at idle; catch-up by {@link #lastIndexedKey()} covers whatever a crash loses meanwhile.
     */
    void commit() throws SearchIndexException;

    /** Commits and releases the folder. Further calls throw IllegalStateException. */
    @Override
    void close() throws SearchIndexException;
}
