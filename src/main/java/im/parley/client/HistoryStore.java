package im.parley.client;

import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where {@link ArchiveSync} puts what it fetches: the local archive, seen from the client layer. */
public interface HistoryStore {
    /** Stores one page of an archive, each message at most once; returns how many were new. */
    int storePage(Jid archive, List<ArchivedMessage> page);

    /**
     * Stores one page of an archive that gives its messages no ids (XEP-0136): each message's id
     * is derived from its place in that archive, so a copy fetched again is stored once, and one
     * that arrived live is matched by direction, body and time. Returns how many were new.
     */
    int storeDerivedPage(Jid archive, List<ArchivedMessage> page);

    /**
     * Stores one page of a group room's archive, each message at most once (a live copy already
     * stored counts); {@code ownNick} tells the user's own messages. Returns how many were new.
     */
    int storeRoomPage(Jid room, String ownNick, List<ArchivedMessage> page);

    /** How much of {@code archive} is held here, or empty when nothing was ever synced. */
    Optional<SyncPoint> syncPoint(Jid archive);

    void saveSyncPoint(Jid archive, SyncPoint point);

    /** The oldest archive id held of the conversation with {@code peer}: where paging back goes on. */
    Optional<String> oldestArchiveId(Jid peer);

    /** When the oldest message held of the conversation with {@code peer} was sent: where paging back by time goes on. */
    Optional<Instant> oldestTime(Jid peer);
}
