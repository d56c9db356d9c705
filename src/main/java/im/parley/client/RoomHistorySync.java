package im.parley.client;

import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.mam.MamManager;
import im.parley.xmpp.ext.mam.MamPage;
import im.parley.xmpp.ext.mam.MamQuery;
import im.parley.xmpp.ext.mam.PageHandler;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Catches a room's archive (XEP-0313 on a MUC) up into the local one each time the room is
 * joined, since a room with an archive is joined without history: forward from the newest
 * archive id held, or only the newest page the first time. The MAM manager takes results only
 * from the room itself; live messages and archived ones share the room's stanza id, so each is
 * stored once. Progress comes out as {@link AccountEvent.HistorySynced} for the room.
 */
final class RoomHistorySync {
    private final HistoryStore store;
    private final Consumer<AccountEvent> publish;
    /** Pages are stored here, never on the room's dispatch lane, which live messages share. */
    private final ExecutorService storing = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), DaemonThreads.named("parley-room-history"));

    RoomHistorySync(HistoryStore store, Consumer<AccountEvent> publish) {
        this.store = store;
        this.publish = publish;
    }

    CompletableFuture<PagingResult> catchUp(MamManager mam, Jid room, String ownNick) {
        Optional<SyncPoint> held = store.syncPoint(room);
        boolean first = held.map(p -> p.newestId() == null).orElse(true);
        int[] added = {0};
        PageHandler handler = page -> CompletableFuture.supplyAsync(() -> {
            added[0] += store.storeRoomPage(room, ownNick, page.messages());
            if (!page.messages().isEmpty()) {
                SyncPoint now = store.syncPoint(room).orElse(null);
                ArchivedMessage newest = last(page);
                ArchivedMessage oldest = page.messages().get(0);
                store.saveSyncPoint(room, new SyncPoint(newest.id(), newest.stamp(),
                        now != null && now.oldestId() != null ? now.oldestId() : oldest.id(),
                        now != null && now.oldestTime() != null ? now.oldestTime() : oldest.stamp(),
                        now != null && now.reachedStart()));
            }
            publish.accept(new AccountEvent.HistorySynced(room, added[0], page.complete() || first, null));
            // The first time, the newest page is enough: older history comes when asked for.
            return !first;
        }, storing);
        CompletableFuture<PagingResult> done = first
                ? mam.pageBackward(room, MamQuery.ALL, null, ArchiveSync.PAGE, handler)
                : mam.pageForward(room, MamQuery.ALL, held.get().newestId(), ArchiveSync.PAGE, handler);
        return done.whenComplete((result, error) -> {
            if (error != null) {
                publish.accept(new AccountEvent.HistorySynced(room, added[0], false,
                        error.getMessage() == null ? error.toString() : error.getMessage()));
            }
        });
    }

    private static ArchivedMessage last(MamPage page) {
        List<ArchivedMessage> m = page.messages();
        return m.get(m.size() - 1);
    }
}
