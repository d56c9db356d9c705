package im.parley.ui.search;

import im.parley.client.history.SearchResult;
import im.parley.xmpp.jid.Jid;
import java.util.List;

/** Searches the stored history of the user's accounts; reads the disk, so never on the UI thread. */
public interface Searcher {
    /** A message that matched, in the account it belongs to. */
    record Found(Jid account, SearchResult result) {
    }

    /**
     * Up to {@code limit} messages matching {@code text}, newest first.
     *
     * @throws IllegalArgumentException when the text holds no word to look for
     */
    List<Found> search(String text, int limit);

    /** Whether searches see all of the history; false while an index is still catching up at start. */
    default boolean complete() {
        return true;
    }
}
