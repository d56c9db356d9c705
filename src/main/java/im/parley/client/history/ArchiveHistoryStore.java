package im.parley.client.history;

import im.parley.archive.ConversationKind;
import im.parley.archive.Insertion;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import im.parley.archive.SyncCursor;
import im.parley.archive.SyncCursors;
import im.parley.client.HistoryStore;
import im.parley.client.SyncPoint;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.moderation.ModeratedTombstone;
import im.parley.xmpp.ext.moderation.Moderated;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages of the user's server archive (and rooms' archives) into the local one: plain messages in
 * one transaction per run of them, and corrections, retractions, reactions and moderations applied
 * in the order the archive has them, so a correction never comes before the message it corrects.
 */
final class ArchiveHistoryStore implements HistoryStore {
    private final Jid own;
    private final long accountId;
    private final MessageStore store;
    private final MessageQueries queries;
    private final SyncCursors cursors;

    ArchiveHistoryStore(Jid own, long accountId, MessageStore store, MessageQueries queries, SyncCursors cursors) {
        this.own = own.bare();
        this.accountId = accountId;
        this.store = store;
        this.queries = queries;
        this.cursors = cursors;
    }

    @Override
    public int storePage(Jid archive, List<ArchivedMessage> page) {
        return store(page, "");
    }

    @Override
    public int storeDerivedPage(Jid archive, List<ArchivedMessage> page) {
        return store(page, NewMessage.DERIVED_ARCHIVE_ID);
    }

    private int store(List<ArchivedMessage> page, String idPrefix) {
        List<Entry> entries = new ArrayList<>(page.size());
        for (ArchivedMessage a : page) {
            entries.add(new Entry(a.id() == null ? null : idPrefix + a.id(), a.stamp(), a.message()));
        }
        return store(entries, false).added();
    }


    /**
     * One message of an archive: its archive id (null when it has none valid here) and time.
     */
    record Entry(String id, Instant stamp, Message message) {
    }

    /** What {@link #store} did: new messages, ones already held, changes applied, and those left out. */
    record Stored(int added, int held, int changes, int skipped) {
    }

    /**
     * Stores messages in archive order. {@code asRead}: incoming messages count as read, for
     * history brought in from elsewhere (an import) rather than news the user has not seen.
     */
    Stored store(List<Entry> page, boolean asRead) {
        int[] counts = new int[4];
        List<NewMessage> run = new ArrayList<>();
        for (Entry a : page) {
            Message m = a.message();
            if (m.type() == Message.Type.GROUPCHAT || m.type() == Message.Type.ERROR || m.from() == null || m.to() == null) {
                counts[3]++;
                continue;
            }
            if (MessageChanges.isChange(m)) {
                // The messages before it first: a correction may name one of them.
                flush(run, counts);
                counts[2]++;
                MessageChanges.apply(store, accountId, own, m, a.stamp() != null ? a.stamp() : Instant.now(), a.id());
            } else if (m.body().isPresent()) {
                NewMessage row = MessageRows.of(own, m, a.id(), a.stamp());
                run.add(asRead && !row.outgoing() ? MessageRows.read(row) : row);
            } else {
                counts[3]++;
            }
        }
        flush(run, counts);
        return new Stored(counts[0], counts[1], counts[2], counts[3]);
    }

    private void flush(List<NewMessage> run, int[] counts) {
        if (run.isEmpty()) {
            return;
        }
        for (Insertion i : store.insertAll(accountId, run)) {
            counts[i.duplicate() ? 1 : 0]++;
        }
        run.clear();
    }

    /**
     * Stores a page of a room's archive in order: its messages, a moderation the room announced
     * applied to the message it names (stored earlier, or earlier in the page), and a tombstone
     * stored as the moderated message it stands for, so a moderation missed while offline is
     * caught up too.
     */
    @Override
    public int storeRoomPage(Jid room, String ownNick, List<ArchivedMessage> page) {
        List<NewMessage> rows = new ArrayList<>(page.size());
        int[] counts = new int[4];
        for (ArchivedMessage a : page) {
            Instant at = a.stamp() != null ? a.stamp() : Instant.now();
            Optional<Moderated> announced = RoomModeration.announced(room, a);
            if (announced.isPresent()) {
                flush(rows, counts);
                Moderated m = announced.get();
                RoomModeration.apply(store, accountId, room, m.stanzaId(), m.by(), m.reason(), at);
                continue;
            }
            NewMessage row = MessageRows.ofArchivedRoom(room, ownNick, a);
            if (row == null) {
                continue;
            }
            rows.add(row);
            Optional<ModeratedTombstone> tombstone = RoomModeration.tombstone(room, a);
            if (tombstone.isPresent()) {
                flush(rows, counts);
                ModeratedTombstone t = tombstone.get();
                RoomModeration.apply(store, accountId, room, a.id(), t.by(), t.reason(), t.stamp() != null ? t.stamp() : at);
            }
        }
        flush(rows, counts);
        return counts[0];
    }

    @Override
    public Optional<SyncPoint> syncPoint(Jid archive) {
        return cursors.get(accountId, archive.bare().toString()).map(c -> new SyncPoint(c.newestId(), c.newestTime(),
                c.oldestId(), c.oldestTime(), c.reachedStart()));
    }

    @Override
    public void saveSyncPoint(Jid archive, SyncPoint p) {
        cursors.put(accountId, new SyncCursor(archive.bare().toString(), p.newestId(), p.newestTime(), p.oldestId(),
                p.oldestTime(), p.reachedStart()));
    }

    @Override
    public Optional<String> oldestArchiveId(Jid peer) {
        return queries.oldestStanzaId(accountId, peer.bare().toString(), ConversationKind.CHAT);
    }

    @Override
    public Optional<Instant> oldestTime(Jid peer) {
        return queries.oldestTime(accountId, peer.bare().toString(), ConversationKind.CHAT);
    }
}
