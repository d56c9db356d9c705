package im.parley.archive;

import im.parley.archive.search.IndexedText;
import im.parley.archive.search.LuceneSearchIndex;
import im.parley.archive.search.MatchRange;
import im.parley.archive.search.SearchHit;
import im.parley.archive.search.SearchIndex;
import im.parley.archive.search.SearchIndexException;
import im.parley.archive.search.SearchQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Full-text search over the archive, kept in step with it: every message the store commits is
 * indexed right after (searchable at once), the index commits every few seconds, and after open it
 * catches up on what a crash left out: messages after its last durable key, and corrections and
 * retractions noted in {@code search_pending}. The catch-up runs in the background, so that a
 * missing or discarded index (all of a large archive to feed again) does not hold up the app's
 * start; until it is done ({@link #caughtUp}) searches may miss older messages, and new messages
 * are left to it, so that keys reach the index in order and a crash mid-way loses no gap. Lucene was chosen over H2's own full-text index by
 * measurement (docs/BENCHMARKS.md, "Archive search").
 *
 * <p>The index's conversation key is the account's id and the peer, so two accounts of a profile
 * talking to one contact never see each other's messages.
 */
public final class ArchiveSearch implements AutoCloseable {
    /** A message that matched, and where in its text. */
    public record Found(StoredMessage message, List<MatchRange> matches) {
        public Found {
            matches = List.copyOf(matches);
        }
    }

    private static final Logger LOG = Logger.getLogger(ArchiveSearch.class.getName());
    private static final int CATCH_UP_BATCH = 5_000;
    private static final long COMMIT_EVERY_SECONDS = 3;

    private final Archive archive;
    private final MessageQueries queries;
    /** Null until opened: opening Lucene's index (0.3 to 0.7 s) is kept off the profile's opening. */
    private volatile SearchIndex index;
    private final CompletableFuture<SearchIndex> opened = new CompletableFuture<>();
    private final Path folder;
    private final AtomicBoolean opening = new AtomicBoolean();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-search-commit");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean dirty;
    /** While true, the catch-up feeds new messages too (see the class comment). */
    private volatile boolean catchingUp = true;
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    /** Once closed, the store's writes go unindexed here: the next open catches up on them. */
    private volatile boolean closed;

    private ArchiveSearch(Archive archive, MessageStore store, Path folder) {
        this.archive = archive;
        this.folder = folder;
        this.queries = new MessageQueries(archive);
        store.addStoredListener(this::indexNew);
        store.addChangedListener(key -> {
            // Before the index is open the change waits in search_pending for the catch-up.
            if (closed || index == null) {
                return;
            }
            reindex(List.of(key));
            dirty = true;
        });
        committer.scheduleWithFixedDelay(this::commitIfDirty, COMMIT_EVERY_SECONDS, COMMIT_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Opens the index in {@code folder} and brings it up to the archive, both in the background:
     * the profile (and the app's first window) does not wait for them. A search made before the
     * index is open waits for it; one made when it could not be opened fails with the reason.
     */
    public static ArchiveSearch open(Archive archive, MessageStore store, Path folder) {
        ArchiveSearch search = onDemand(archive, store, folder);
        search.openInBackground();
        return search;
    }

    /**
     * As {@link #open}, but the index starts opening only at {@link #openInBackground} or the
     * first search, whichever comes first: the app puts it off until its first window is drawn,
     * so that Lucene's start does not compete with the window's on a small machine. Messages
     * stored meanwhile are indexed by the catch-up.
     */
    public static ArchiveSearch onDemand(Archive archive, MessageStore store, Path folder) {
        return new ArchiveSearch(archive, store, folder);
    }

    /** Starts opening the index and its catch-up, unless already started; returns at once. */
    public void openInBackground() {
        if (!opening.compareAndSet(false, true)) {
            return;
        }
        try {
            committer.execute(this::openAndCatchUp);
        } catch (RejectedExecutionException e) {
            ArchiveException failed = new ArchiveException("the search index is closed");
            opened.completeExceptionally(failed);
            caughtUp.completeExceptionally(failed);
        }
    }

    private void openAndCatchUp() {
        try {
            index = LuceneSearchIndex.open(folder);
            opened.complete(index);
        } catch (SearchIndexException e) {
            ArchiveException failed = new ArchiveException("cannot open the search index in " + folder + ": "
                    + e.getMessage(), e);
            LOG.log(Level.WARNING, failed.getMessage(), e);
            opened.completeExceptionally(failed);
            caughtUp.completeExceptionally(failed);
            return;
        }
        catchUp();
    }

    /** Completes once the index holds every message the archive held at open and since. */
    public CompletableFuture<Void> caughtUp() {
        return caughtUp;
    }

    private void catchUp() {
        try {
            long after = feed(index.lastIndexedKey());
            catchingUp = false;
            // What was stored between the last empty batch and the line above; put twice, kept once.
            feed(after);
            reindexPending();
            caughtUp.complete(null);
        } catch (RuntimeException e) {
            catchingUp = false;
            LOG.log(Level.WARNING, "the search index could not catch up with the archive; the next start tries again", e);
            caughtUp.completeExceptionally(e);
        }
    }

    /** Feeds every message after {@code after}, in key order; returns the last key fed. */
    private long feed(long after) {
        int fed = 0;
        while (!closed) {
            List<IndexedText> batch = texts(after, CATCH_UP_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            add(batch);
            fed += batch.size();
            after = batch.get(batch.size() - 1).messageKey();
        }
        if (fed > 0) {
            int n = fed;
            LOG.info(() -> "search index caught up: " + n + " messages");
            commitIfDirty();
        }
        return after;
    }

    private void reindexPending() {
        List<Long> pending = pendingKeys();
        reindex(pending);
        if (!pending.isEmpty()) {
            LOG.info(() -> "search index caught up: " + pending.size() + " changed messages");
            commitIfDirty();
        }
    }

    /** Messages changed since the index last committed (see {@code search_pending}). */
    private List<Long> pendingKeys() {
        return archive.read(c -> {
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT message_id FROM search_pending");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getLong(1));
                }
            }
            return keys;
        });
    }

    private void indexNew(List<Long> keys) {
        if (keys.isEmpty() || closed || catchingUp) {
            return;
        }
        long from = keys.get(0) - 1;
        long to = keys.get(keys.size() - 1);
        // Keys of one write are increasing; fetch the range once rather than key by key.
        List<IndexedText> texts = texts(from, (int) Math.min(Integer.MAX_VALUE, to - from));
        add(texts);
    }

    private void add(List<IndexedText> texts) {
        try {
            index.add(texts);
            dirty = true;
        } catch (SearchIndexException | IllegalStateException e) {
            // The message is stored; only finding it by text waits for the catch-up at next start
            // (IllegalStateException: the index closed under this write).
            LOG.log(Level.WARNING, "could not index " + texts.size() + " messages", e);
        }
    }

    /** Gives the index the current text of changed messages (none for a retracted or deleted one). */
    private void reindex(List<Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Map<Long, IndexedText> now = archive.read(c -> {
            Map<Long, IndexedText> found = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT m.id, v.account_id, v.peer, m.sort_time, m.body "
                    + "FROM UNNEST(?) AS k(x) JOIN message m ON m.id = k.x JOIN conversation v ON v.id = m.conversation_id "
                    + "WHERE m.retracted_at IS NULL")) {
                p.setObject(1, keys.toArray(new Long[0]));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getLong(1), text(r));
                    }
                }
            }
            return found;
        });
        try {
            for (Long key : keys) {
                IndexedText t = now.get(key);
                if (t == null) {
                    index.remove(key);
                } else {
                    index.replace(key, t.conversation(), t.time(), t.text());
                }
            }
        } catch (SearchIndexException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not re-index changed messages; they stay pending", e);
        }
    }

    /** A row of (id, account_id, peer, sort_time, body) as the index keeps it. */
    private static IndexedText text(ResultSet r) throws SQLException {
        return new IndexedText(r.getLong(1), r.getLong(2) + " " + r.getString(3), r.getObject(4, Instant.class),
                r.getString(5));
    }

    private List<IndexedText> texts(long afterKey, int limit) {
        return archive.read(c -> texts(c, afterKey, limit));
    }

    private static List<IndexedText> texts(Connection c, long afterKey, int limit) throws SQLException {
        List<IndexedText> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.id, v.account_id, v.peer, m.sort_time, m.body "
                + "FROM message m JOIN conversation v ON v.id = m.conversation_id "
                + "WHERE m.id > ? AND m.retracted_at IS NULL ORDER BY m.id LIMIT ?")) {
            p.setLong(1, afterKey);
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(text(r));
                }
            }
        }
        return out;
    }

    /**
     * Messages of the account matching {@code text}, newest first, in one conversation or all;
     * each with the ranges of its text that matched.
     *
     * @throws IllegalArgumentException when the text holds no word
     */
    public List<Found> search(long accountId, String text, Optional<String> peer, int limit) {
        SearchQuery q = peer.isPresent()
                ? SearchQuery.in(accountId + " " + peer.get(), text, limit)
                : SearchQuery.global(text, limit);
        List<Found> out = new ArrayList<>();
        String mine = accountId + " ";
        SearchIndex index = openIndex();
        try {
            // Global hits of other accounts are passed over: page on until enough are this account's.
            while (out.size() < limit) {
                List<SearchHit> hits = index.search(q);
                List<Long> keys = new ArrayList<>();
                Map<Long, SearchHit> byKey = new HashMap<>();
                for (SearchHit h : hits) {
                    if (h.conversation().startsWith(mine)) {
                        keys.add(h.messageKey());
                        byKey.put(h.messageKey(), h);
                    }
                }
                for (StoredMessage m : queries.byKeys(keys)) {
                    if (out.size() < limit && !m.retracted()) {
                        out.add(new Found(m, byKey.get(m.key()).matches()));
                    }
                }
                if (hits.size() < q.limit()) {
                    break;
                }
                q = q.after(hits.get(hits.size() - 1).cursor());
            }
        } catch (SearchIndexException e) {
            throw new ArchiveException("search failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Forgets the messages of a removed account: the archive deleted them; here they would only
     * take space, since searches pass over other accounts' hits. Waits for the index to open.
     */
    public void accountRemoved(long accountId) {
        try {
            openIndex().removeConversations(accountId + " ");
            dirty = true;
        } catch (SearchIndexException | IllegalStateException | ArchiveException e) {
            LOG.log(Level.WARNING, "could not drop a removed account's messages from the search index", e);
        }
    }

    /** The index, once open; throws the reason it could not be opened. */
    private SearchIndex openIndex() {
        openInBackground();
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ArchiveException ae ? ae : new ArchiveException("search index: " + e.getMessage(), e);
        }
    }

    private synchronized void commitIfDirty() {
        if (!dirty || index == null) {
            return;
        }
        dirty = false;
        try {
            List<Long> pending = pendingKeys();
            // Given again just before the commit, so each pending change is in what it makes durable.
            reindex(pending);
            index.commit();
            if (!pending.isEmpty()) {
                archive.write(c -> {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM search_pending WHERE message_id IN (SELECT x FROM UNNEST(?) AS k(x))")) {
                        p.setObject(1, pending.toArray(new Long[0]));
                        p.executeUpdate();
                    }
                    return null;
                });
            }
        } catch (SearchIndexException | ArchiveException e) {
            dirty = true;
            LOG.log(Level.WARNING, "search index commit failed; tried again later", e);
        }
    }

    /** Commits what was indexed and closes the index; the archive stays open. */
    @Override
    public void close() {
        closed = true;
        // Not shutdownNow: an interrupt closes H2's and Lucene's file channels under a running
        // catch-up or commit. The catch-up stops at its next batch.
        committer.shutdown();
        try {
            if (!committer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("the search index's catch-up or commit did not end within 10 s; closing under it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commitIfDirty();
        if (index == null) {
            return;
        }
        try {
            index.close();
        } catch (SearchIndexException e) {
            LOG.log(Level.WARNING, "closing the search index", e);
        }
    }
}
