package im.parley.xmpp.im;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.FetchOrder;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account's roster (RFC 6121 §2) with versioning (XEP-0237): fetches it, adds, updates and
 * removes contacts, and keeps an in-memory view current from results and roster pushes. Pushes
 * that do not come from the account itself are refused (§2.1.6), so another entity cannot
 * rewrite the user's contact list.
 */
public final class RosterManager {
    private static final Logger LOG = Logger.getLogger(RosterManager.class.getName());
    public static final String VERSIONING_FEATURE = "urn:xmpp:features:rosterver";
    public static final IqHandlerKey PUSH_KEY = new IqHandlerKey("query", RosterItem.NAMESPACE, Iq.Type.SET);

    private final XmppClient client;
    private final Supplier<Jid> ownJid;
    private final RosterStore store;
    private final RosterView view = new RosterView();
    private final List<RosterListener> listeners = new CopyOnWriteArrayList<>();
    private final FetchOrder order = new FetchOrder();

    public RosterManager(XmppClient client) {
        this(client, new InMemoryRosterStore());
    }

    public RosterManager(XmppClient client, RosterStore store) {
        this.client = client;
        this.ownJid = client::jid;
        this.store = store;
        client.addIqHandler(PUSH_KEY, this::handlePush);
    }

    /** For tests of the push logic without a session. */
    RosterManager(Supplier<Jid> ownJid, RosterStore store) {
        this.client = null;
        this.ownJid = ownJid;
        this.store = store;
    }

    public Registration addListener(RosterListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether the server offered roster versioning in its stream features. */
    public boolean supportsVersioning() {
        XmlElement features = client.streamFeatures();
        return features != null && features.child("ver", VERSIONING_FEATURE).isPresent();
    }

    /** Fetches the roster using the stored version: the usual call at login. */
    public CompletableFuture<RosterResult> fetch() {
        return fetch(store.load().version());
    }

    /**
     * Fetches the roster. With versioning, {@code knownVersion} (null for "nothing cached") is
     * sent and the server may answer that it is current; the view then takes the stored items
     * when they are of that version.
     */
    public CompletableFuture<RosterResult> fetch(String knownVersion) {
        XmlElement.Builder query = XmlElement.builder("query", RosterItem.NAMESPACE);
        boolean versioned = supportsVersioning();
        if (versioned) {
            // XEP-0237 §2.3: an empty ver asks for the full roster and says we can cache it.
            query.attribute("ver", knownVersion == null ? "" : knownVersion);
        }
        return order.fetch(() -> client.query(Iq.get(null, query.build()))
                .thenApply(result -> applyResult(result, knownVersion)));
    }

    private RosterResult applyResult(Iq result, String knownVersion) {
        Optional<XmlElement> payload = result.query();
        if (payload.isEmpty()) {
            Roster stored = store.load();
            if (view.isEmpty() && knownVersion != null && knownVersion.equals(stored.version())) {
                view.replace(stored);
                notifyListeners(stored.items(), List.of(), true);
            }
            return new RosterResult(true, knownVersion, List.of());
        }
        Roster roster = decode(payload.get());
        view.replace(roster);
        store.save(view.snapshot());
        notifyListeners(roster.items(), List.of(), true);
        return new RosterResult(false, roster.version(), roster.items());
    }

    /**
     * Adds or updates a contact (RFC 6121 §2.3/§2.4). The view changes when the server's push
     * arrives, and servers push only to resources that fetched the roster (§2.1.6): fetch first.
     */
    public CompletableFuture<Void> set(RosterItem item) {
        if (item.isRemove()) {
            return remove(item.jid());
        }
        return send(RosterItem.of(item.jid().bare(), item.name(), item.groups()).toRequestXml());
    }

    /** Removes a contact, cancelling subscriptions both ways (RFC 6121 §2.5). */
    public CompletableFuture<Void> remove(Jid jid) {
        return send(new RosterItem(jid.bare(), null, Subscription.REMOVE, false, false, null).toRequestXml());
    }

    private CompletableFuture<Void> send(XmlElement item) {
        XmlElement query = XmlElement.builder("query", RosterItem.NAMESPACE).child(item).build();
        return client.query(Iq.set(null, query)).thenApply(r -> null);
    }

    /** The current view: bare JID to item. A copy; never changes under the caller. */
    public Map<Jid, RosterItem> items() {
        return view.items();
    }

    public Optional<RosterItem> item(Jid jid) {
        return Optional.ofNullable(view.items().get(jid.bare()));
    }

    /** The version of the current view, or null. */
    public String version() {
        return view.snapshot().version();
    }

    /**
     * Answers a roster push. Package-private so the sender check can be tested without a server.
     *
     * @throws IqErrorException service-unavailable for a push from anyone but the account (RFC
     *     6121 §2.1.6: answer as if nothing handled it), bad-request unless exactly one item
     */
    Iq handlePush(Iq push) throws IqErrorException {
        Jid own = ownJid.get();
        Jid from = push.from();
        if (from != null && (own == null || !from.equals(own.bare()))) {
            LOG.warning("ignoring a roster push from " + from + ": only the account's server may push");
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
        }
        XmlElement query = push.query().orElseThrow();
        List<XmlElement> items = query.children("item", RosterItem.NAMESPACE);
        if (items.size() != 1) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST,
                    "a roster push carries exactly one item, this one has " + items.size()));
        }
        RosterItem item;
        try {
            item = RosterItem.fromXml(items.get(0));
        } catch (RosterFormatException e) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, e.getMessage()));
        }
        String ver = query.attributeOrNull("ver");
        order.push(() -> applyPush(item, ver));
        return push.result();
    }

    private void applyPush(RosterItem item, String ver) {
        view.apply(item, ver);
        try {
            store.save(view.snapshot());
        } catch (RuntimeException e) {
            // A failing store costs a full fetch next time, not the change the user sees now.
            LOG.log(Level.WARNING, "could not save the roster", e);
        }
        if (item.isRemove()) {
            notifyListeners(List.of(), List.of(item.jid()), false);
        } else {
            notifyListeners(List.of(item), List.of(), false);
        }
    }

    private void notifyListeners(Collection<RosterItem> updated, Collection<Jid> removed, boolean replaced) {
        for (RosterListener l : listeners) {
            try {
                l.rosterChanged(updated, removed, replaced);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "roster listener failed", e);
            }
        }
    }

    private static Roster decode(XmlElement query) {
        try {
            return Roster.fromXml(query);
        } catch (RosterFormatException e) {
            throw new CompletionException(e);
        }
    }

    static List<RosterItem> sorted(Collection<RosterItem> items) {
        List<RosterItem> out = new ArrayList<>(items);
        out.sort((a, b) -> a.jid().compareTo(b.jid()));
        return out;
    }
}
