package im.parley.client;

import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.mam.MamManager;
import im.parley.xmpp.ext.mam.MamPage;
import im.parley.xmpp.ext.mam.MamQuery;
import im.parley.xmpp.ext.mam.PageHandler;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the local archive in step with the user's server archive (XEP-0313) on every fresh
 * session: it catches up from the newest archive id held, page by page in the largest pages the
 * server allows, storing each page before asking for the next. Progress comes out as
 * {@link AccountEvent.HistorySynced} events; the sync runs beside the session, delaying nothing.
 *
 * <p>On the first sync of an account only the newest page is fetched; older history comes
 * when the user scrolls up ({@link #older}). A server without MAM but with XEP-0136 Message
 * Archiving is synced through that instead ({@link CollectionSync}).
 */
public final class ArchiveSync implements BringUpHook {
    private static final Logger LOG = Logger.getLogger(ArchiveSync.class.getName());
    /** The most a page may hold: Prosody's default limit (max_archive_query_results), the shared config's too. */
    public static final int PAGE = 250;

    private final Account account;
    private final HistoryStore store;
    /**
     * Pages are stored here, one at a time, not on the thread that delivered them: that is the
     * account's dispatch lane, and live messages must not wait behind a page's inserts. The
     * thread ends when idle.
     */
    private final ExecutorService storing = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), DaemonThreads.named("parley-history-sync"));
    private volatile CompletableFuture<PagingResult> running = CompletableFuture.completedFuture(null);
    /** The latest session's XEP-0136 archive, when its server has that instead of MAM. */
    private volatile CollectionSync collections;

    private ArchiveSync(Account account, HistoryStore store) {
        this.account = account;
        this.store = store;
    }

    /** Syncs {@code account}'s archive, and those of the rooms it joins, into {@code store} after every fresh session. */
    public static ArchiveSync install(Account account, HistoryStore store) {
        ArchiveSync sync = new ArchiveSync(account, store);
        account.addBringUpHook(sync);
        account.rooms().keepHistoryIn(store);
        return sync;
    }

    /** The catch-up of the latest session: completes when it has. */
    public CompletableFuture<PagingResult> running() {
        return running;
    }

    @Override
    public CompletionStage<?> bringUp(AccountSession session) {
        running = catchUp(session).whenComplete((result, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "archive sync of " + session.jid() + " failed", error);
                account.publish(new AccountEvent.HistorySynced(session.jid().bare(), 0, false,
                        error.getMessage() == null ? error.toString() : error.getMessage()));
            }
        });
        // Beside the session: the bring-up (and the outbox behind it) does not wait for history.
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<PagingResult> catchUp(AccountSession session) {
        Jid own = session.jid().bare();
        return session.mam().support(null).thenCompose(support -> {
            if (support.mam()) {
                collections = null;
                return catchUp(session, own);
            }
            return session.archiving().supported().exceptionally(error -> false).thenCompose(archiving -> {
                if (archiving) {
                    LOG.info(() -> own + "'s server has no MAM: syncing its XEP-0136 archive");
                    CollectionSync sync = new CollectionSync(own, store, session.archiving(), storing, account::publish);
                    collections = sync;
                    return sync.catchUp();
                }
                collections = null;
                // No server archive: history is what arrives live (offline messages included).
                LOG.info(() -> own + " has no server archive (XEP-0313 or XEP-0136): nothing to sync");
                account.publish(new AccountEvent.HistorySynced(own, 0, true, null));
                return CompletableFuture.completedFuture(new PagingResult(0, 0, null, true));
            });
        });
    }

    private CompletableFuture<PagingResult> catchUp(AccountSession session, Jid own) {
        MamManager mam = session.mam();
        Optional<SyncPoint> held = store.syncPoint(own);
        if (held.isEmpty()) {
            return mam.pageBackward(null, MamQuery.ALL, null, PAGE, page -> CompletableFuture.supplyAsync(() -> {
                int added = store.storePage(own, page.messages());
                SyncPoint point = page.messages().isEmpty() ? new SyncPoint(null, null, null, null, true)
                        : new SyncPoint(last(page).id(), last(page).stamp(), page.messages().get(0).id(),
                                page.messages().get(0).stamp(), page.complete());
                store.saveSyncPoint(own, point);
                account.publish(new AccountEvent.HistorySynced(own, added, true, null));
                return false;
            }, storing));
        }
        SyncPoint from = held.get();
        int[] total = {0};
        PageHandler forward = page -> CompletableFuture.supplyAsync(() -> {
            total[0] += store.storePage(own, page.messages());
            if (!page.messages().isEmpty()) {
                SyncPoint now = store.syncPoint(own).orElse(from);
                ArchivedMessage newest = last(page);
                store.saveSyncPoint(own, new SyncPoint(newest.id(), newest.stamp(),
                        now.oldestId() != null ? now.oldestId() : page.messages().get(0).id(),
                        now.oldestTime() != null ? now.oldestTime() : page.messages().get(0).stamp(), now.reachedStart()));
            }
            account.publish(new AccountEvent.HistorySynced(own, total[0], page.complete(), null));
            return true;
        }, storing);
        if (from.newestId() == null) {
            return mam.pageForward(null, MamQuery.ALL, null, PAGE, forward);
        }
        return mam.pageForward(null, MamQuery.ALL, from.newestId(), PAGE, forward).exceptionallyCompose(error -> {
            if (!itemNotFound(error) || from.newestTime() == null) {
                return CompletableFuture.failedFuture(error);
            }
            // The server no longer holds the newest message we have (expired or purged): go on by time.
            LOG.info(() -> "archive id " + from.newestId() + " is gone from " + own + "; syncing from " + from.newestTime());
            return mam.pageForward(null, MamQuery.between(from.newestTime(), null), null, PAGE, forward);
        });
    }

    /**
     * Fetches up to {@code max} messages with {@code peer} older than the oldest one held, into
     * the archive; completes with how many were new. For a chat view scrolled to its top.
     */
    public CompletableFuture<Integer> older(Jid peer, int max) {
        AccountSession session = account.current();
        if (session == null || !session.client().isConnected()) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
        }
        CollectionSync legacy = collections;
        if (legacy != null) {
            return legacy.older(peer, max);
        }
        Jid own = session.jid().bare();
        String before = store.oldestArchiveId(peer.bare()).orElse(null);
        int[] added = {0};
        return session.mam().pageBackward(null, MamQuery.with(peer.bare()), before, Math.min(max, PAGE),
                page -> CompletableFuture.supplyAsync(() -> {
                    added[0] += store.storePage(own, page.messages());
                    return added[0] < max && page.messages().size() > 0;
                }, storing)).thenApply(result -> {
            account.publish(new AccountEvent.HistorySynced(own, added[0], true, null));
            return added[0];
        });
    }

    private static ArchivedMessage last(MamPage page) {
        List<ArchivedMessage> m = page.messages();
        return m.get(m.size() - 1);
    }

    private static boolean itemNotFound(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof StanzaErrorException e && e.condition() == StanzaErrorCondition.ITEM_NOT_FOUND;
    }
}
