package im.parley.ui.chat;

import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One conversation's history as the view-model reads it; blocking calls, made off the FX thread.
 * {@link HistoryChatArchive} is the real one over the local archive and the server archive.
 */
public interface ChatArchive {
    /** Up to {@code limit} messages, oldest first: the newest, or those just before {@code beforeKey}. */
    List<HistoryMessage> page(Long beforeKey, int limit);

    /** Up to {@code limit} calls with the contact, oldest first: the newest ones. */
    List<CallRecord> calls(int limit);

    /** The messages the keys name, in that order; keys no longer stored are left out. */
    List<HistoryMessage> byKeys(List<Long> keys);

    /** Messages whose text matches, newest first. */
    List<SearchResult> search(String text, int limit);

    /**
     * Fetches up to {@code max} older messages from the server archive into the local one, for
     * when the local one has no older page; completes with how many were new.
     */
    CompletableFuture<Integer> fetchOlder(int max);
}
