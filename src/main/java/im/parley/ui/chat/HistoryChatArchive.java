package im.parley.ui.chat;

import im.parley.client.ArchiveSync;
import im.parley.client.call.CallRecord;
import im.parley.client.history.History;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The conversation with {@code peer} in the account's local archive, filled from its server archive. */
public final class HistoryChatArchive implements ChatArchive {
    private final History history;
    private final ArchiveSync sync;
    private final Jid peer;

    public HistoryChatArchive(History history, ArchiveSync sync, Jid peer) {
        this.history = history;
        this.sync = sync;
        this.peer = peer.bare();
    }

    @Override
    public List<HistoryMessage> page(Long beforeKey, int limit) {
        return history.page(peer, beforeKey, limit);
    }

    @Override
    public List<CallRecord> calls(int limit) {
        return history.calls(peer, null, limit);
    }

    @Override
    public List<HistoryMessage> byKeys(List<Long> keys) {
        return history.byKeys(keys);
    }

    @Override
    public List<SearchResult> search(String text, int limit) {
        return history.search(text, peer, limit);
    }

    @Override
    public CompletableFuture<Integer> fetchOlder(int max) {
        return sync.older(peer, max);
    }
}
