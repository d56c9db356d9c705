package im.parley.ui.chat;

import im.parley.client.call.CallRecord;
import im.parley.client.history.History;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The private conversation with one occupant of a room in the account's local archive. Nothing
 * older comes from a server: the room's archive keeps no private messages, and the user's own
 * files them under the room, not the occupant. There are no calls with an occupant.
 */
final class PrivateChatArchive implements ChatArchive {
    private final History history;
    private final Jid occupant;

    PrivateChatArchive(History history, Jid occupant) {
        this.history = history;
        this.occupant = occupant;
    }

    @Override
    public List<HistoryMessage> page(Long beforeKey, int limit) {
        return history.privatePage(occupant, beforeKey, limit);
    }

    @Override
    public List<CallRecord> calls(int limit) {
        return List.of();
    }

    @Override
    public List<HistoryMessage> byKeys(List<Long> keys) {
        return history.byKeys(keys);
    }

    @Override
    public List<SearchResult> search(String text, int limit) {
        return history.searchPrivate(text, occupant, limit);
    }

    @Override
    public CompletableFuture<Integer> fetchOlder(int max) {
        return CompletableFuture.completedFuture(0);
    }
}
