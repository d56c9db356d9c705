package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One place bookmarks are kept: XEP-0402's PEP node or XEP-0048's private storage. */
public interface BookmarkStore {
    /** Every bookmarked room; none when nothing was ever stored. */
    CompletableFuture<List<Bookmark>> fetch();

    /** Adds the room's bookmark or replaces it. */
    CompletableFuture<Void> store(Bookmark bookmark);

    /** Removes the room's bookmark; removing one that is not there is no error. */
    CompletableFuture<Void> remove(Jid room);
}
