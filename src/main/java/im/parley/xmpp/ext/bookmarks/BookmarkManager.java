package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.pep.PepManager;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.PubSubEvent;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.ext.pubsub.PubSubNotification;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.XmppClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's bookmarks on one session, wherever the server keeps them: XEP-0402 on PEP when the
 * account offers PEP with publish-options, else XEP-0048 in private storage (see
 * {@link BookmarkFlavour}, asked once per session). Where the server keeps both apart, reading
 * moves the XEP-0048 rooms the PEP node lacks into it and leaves only web pages in private storage,
 * so a room removed later cannot come back from the old copy. Changes other clients make arrive as
 * {@link BookmarkEvent}s, believed only from the account's own bare JID: any other PEP service
 * (a contact's node of the same name) is dropped and logged.
 */
public final class BookmarkManager {
    private static final Logger LOG = Logger.getLogger(BookmarkManager.class.getName());

    private final XmppClient client;
    private final ServiceDiscovery discovery;
    private final PubSubManager pubsub;
    private final PepBookmarks pep;
    private final PrivateBookmarks legacy;
    private final List<Consumer<BookmarkEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong forged = new AtomicLong();
    private CompletableFuture<BookmarkFlavour> flavour;
    private Registration listening;

    public BookmarkManager(XmppClient client, ServiceDiscovery discovery, PubSubManager pubsub, PepManager pep,
                           PrivateStorage privateStorage) {
        this.client = client;
        this.discovery = discovery;
        this.pubsub = pubsub;
        this.pep = new PepBookmarks(pubsub, pep);
        this.legacy = new PrivateBookmarks(privateStorage);
    }

    /** Where this account keeps bookmarks; asked once, again only after a failed answer. */
    public synchronized CompletableFuture<BookmarkFlavour> flavour() {
        if (flavour == null || flavour.isCompletedExceptionally()) {
            Jid account = client.jid();
            flavour = account == null ? CompletableFuture.failedFuture(new IllegalStateException("not bound yet"))
                    : discovery.info(account.bare()).thenApply(BookmarkFlavour::of);
        }
        return flavour;
    }

    /** Every bookmarked room, rooms moved over from XEP-0048 included. */
    public CompletableFuture<List<Bookmark>> fetch() {
        return flavour().thenCompose(f -> f == BookmarkFlavour.NATIVE
                ? pep.fetch().thenCompose(this::withLegacyMoved) : store(f).fetch());
    }

    /** Bookmarks the room, replacing its earlier bookmark. */
    public CompletableFuture<Void> store(Bookmark bookmark) {
        return on(s -> s.store(bookmark));
    }

    /** Removes the room's bookmark. */
    public CompletableFuture<Void> remove(Jid room) {
        return on(s -> s.remove(room));
    }

    /**
     * Hears every bookmark change until the handle is closed, on the dispatcher. The first listener
     * announces {@code urn:xmpp:bookmarks:1+notify}, so the server starts sending them.
     */
    public synchronized Registration addListener(Consumer<BookmarkEvent> listener) {
        listeners.add(listener);
        if (listening == null) {
            listening = Registration.all(pubsub.addListener(this::notified), discovery.notifyInterest(Conference.NAMESPACE));
        }
        return () -> listeners.remove(listener);
    }

    /** Bookmark notifications dropped because they did not come from the account itself. */
    public long forgedDropped() {
        return forged.get();
    }

    private CompletableFuture<Void> on(Function<BookmarkStore, CompletableFuture<Void>> change) {
        return flavour().thenCompose(f -> change.apply(store(f)));
    }

    private BookmarkStore store(BookmarkFlavour f) {
        return f.isNative() ? pep : legacy;
    }

    private CompletableFuture<List<Bookmark>> withLegacyMoved(List<Bookmark> stored) {
        return legacy.read().handle((old, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not read XEP-0048 bookmarks to move them; keeping XEP-0402 ones only", failure);
                return CompletableFuture.completedFuture(stored);
            }
            List<Bookmark> moving = old.missingFrom(stored);
            if (moving.isEmpty()) {
                return CompletableFuture.completedFuture(stored);
            }
            List<Bookmark> all = new ArrayList<>(stored);
            all.addAll(moving);
            return CompletableFuture.allOf(moving.stream().map(pep::store).toArray(CompletableFuture[]::new))
                    .thenCompose(v -> legacy.write(new BookmarkStorage(List.of(), old.urls())))
                    .thenApply(v -> List.copyOf(all));
        }).thenCompose(f -> f);
    }

    private void notified(PubSubNotification n) {
        if (!Conference.NAMESPACE.equals(n.event().node()) || !(n.event() instanceof PubSubEvent.Items items)) {
            return;
        }
        Jid account = client.jid();
        if (account == null || !n.service().equals(account.bare())) {
            forged.incrementAndGet();
            LOG.warning("dropped bookmarks from " + n.service() + ": only the account's own PEP service sends them");
            return;
        }
        for (Item item : items.items()) {
            PepBookmarks.bookmark(item).ifPresent(b -> tell(new BookmarkEvent.Stored(b)));
        }
        for (String id : items.retracted()) {
            Jid.tryParse(id).ifPresentOrElse(room -> tell(new BookmarkEvent.Removed(room)),
                    () -> LOG.warning("skipped the retraction of a bookmark whose id is no JID: " + id));
        }
    }

    private void tell(BookmarkEvent event) {
        listeners.forEach(l -> l.accept(event));
    }
}
