package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * XEP-0048 bookmarks in Private XML Storage (XEP-0049): one element holds them all, so every change
 * reads it, edits it and writes it whole (web page bookmarks and other clients' extensions kept).
 * Two clients editing at once can lose one change: the storage has no way to prevent it.
 */
public final class PrivateBookmarks implements BookmarkStore {
    private final PrivateStorage storage;
    private final BookmarkStorageCodec codec = new BookmarkStorageCodec();

    public PrivateBookmarks(PrivateStorage storage) {
        this.storage = storage;
    }

    /** The whole stored element; empty when nothing is stored. Malformed storage fails the future. */
    public CompletableFuture<BookmarkStorage> read() {
        return storage.get(BookmarkStorageCodec.NAME).thenApply(found -> found.map(e -> {
            Decoded<BookmarkStorage> decoded = codec.decode(e);
            if (decoded instanceof Decoded.Malformed<BookmarkStorage> m) {
                throw new CompletionException(new PayloadFormatException(m.reason()));
            }
            return decoded.valueIfAny().orElseThrow();
        }).orElse(BookmarkStorage.empty()));
    }

    /** Replaces the whole stored element. */
    public CompletableFuture<Void> write(BookmarkStorage bookmarks) {
        return storage.set(codec.encode(bookmarks));
    }

    @Override
    public CompletableFuture<List<Bookmark>> fetch() {
        return read().thenApply(BookmarkStorage::conferences);
    }

    @Override
    public CompletableFuture<Void> store(Bookmark bookmark) {
        return edit(s -> s.with(bookmark));
    }

    @Override
    public CompletableFuture<Void> remove(Jid room) {
        return edit(s -> s.without(room));
    }

    private CompletableFuture<Void> edit(UnaryOperator<BookmarkStorage> change) {
        return read().thenCompose(s -> write(change.apply(s)));
    }
}
