package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.pep.PepManager;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.NodeOptions;
import im.parley.xmpp.ext.pubsub.PubSubException;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * XEP-0402 bookmarks: one item per room on the user's {@code urn:xmpp:bookmarks:1} PEP node, its
 * id the room's JID. Every publish carries the node configuration of §3.3 as publish-options, so
 * the node is created private (whitelist: only the user's own clients) and never silently left
 * readable by contacts.
 */
public final class PepBookmarks implements BookmarkStore {
    private static final Logger LOG = Logger.getLogger(PepBookmarks.class.getName());
    static final NodeOptions NODE_OPTIONS = NodeOptions.none().with("pubsub#persist_items", "true")
            .with("pubsub#max_items", "max").with("pubsub#send_last_published_item", "never")
            .accessModel(AccessModel.WHITELIST);

    private final PubSubManager pubsub;
    private final PepManager pep;
    private static final ConferenceCodec CODEC = new ConferenceCodec();

    public PepBookmarks(PubSubManager pubsub, PepManager pep) {
        this.pubsub = pubsub;
        this.pep = pep;
    }

    @Override
    public CompletableFuture<List<Bookmark>> fetch() {
        return pubsub.items(null, Conference.NAMESPACE, null, null).thenApply(page -> {
            List<Bookmark> found = new ArrayList<>();
            page.items().forEach(item -> bookmark(item).ifPresent(found::add));
            return List.copyOf(found);
        }).exceptionally(PepBookmarks::noNodeIsNoBookmarks);
    }

    @Override
    public CompletableFuture<Void> store(Bookmark bookmark) {
        Item item = Item.of(bookmark.room().toString(), CODEC.encode(bookmark.conference()));
        return pep.publish(Conference.NAMESPACE, item, NODE_OPTIONS).thenApply(id -> null);
    }

    @Override
    public CompletableFuture<Void> remove(Jid room) {
        return pep.retract(Conference.NAMESPACE, room.bare().toString()).exceptionally(e -> {
            if (isItemNotFound(e)) {
                return null;
            }
            throw e instanceof CompletionException c ? c : new CompletionException(e);
        });
    }

    /** The bookmark an item holds; empty (and logged) when its id is no JID or its payload no conference. */
    static Optional<Bookmark> bookmark(Item item) {
        Optional<Jid> room = item.id() == null ? Optional.empty() : Jid.tryParse(item.id());
        Decoded<Conference> conference = item.payload() == null ? Decoded.notMine() : CODEC.decode(item.payload());
        if (room.isEmpty() || conference.valueIfAny().isEmpty()) {
            LOG.warning("skipped a bookmark item that is not a room's conference: " + item);
            return Optional.empty();
        }
        return Optional.of(new Bookmark(room.get(), conference.valueIfAny().get()));
    }

    private static List<Bookmark> noNodeIsNoBookmarks(Throwable failure) {
        if (isItemNotFound(failure)) {
            return List.of();
        }
        throw failure instanceof CompletionException c ? c : new CompletionException(failure);
    }

    private static boolean isItemNotFound(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof PubSubException e && e.condition() == StanzaErrorCondition.ITEM_NOT_FOUND;
    }
}
