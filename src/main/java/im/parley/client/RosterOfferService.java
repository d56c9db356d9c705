package im.parley.client;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rosterx.RosterExchange;
import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands XEP-0144 roster suggestions to the user and applies those the user accepts. Nothing is
 * applied without {@link #accept}: a contact could otherwise rewrite the roster (§8.1). Offers
 * wait in a bounded list until accepted or refused; the oldest are dropped when it is full.
 */
public final class RosterOfferService {
    private static final Logger LOG = Logger.getLogger(RosterOfferService.class.getName());
    private static final IqHandlerKey IQ_KEY = new IqHandlerKey("x", RosterExchange.NAMESPACE, Iq.Type.SET);
    /** XEP-0144 §6: sets of more than 150 or 200 items should be treated with suspicion. */
    static final int MAX_ITEMS = 150;
    static final int MAX_PENDING = 20;

    private final RosterManager roster;
    private final PresenceManager presence;
    private final AtomicLong nextId = new AtomicLong();
    private final List<Consumer<RosterOffer>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, RosterOffer> pending = new LinkedHashMap<>();

    public RosterOfferService(XmppClient client, RosterManager roster, PresenceManager presence) {
        this.roster = roster;
        this.presence = presence;
        client.addMessageListener(this::received);
        client.addIqHandler(IQ_KEY, this::handle);
    }

    /** Told of each new offer, on the engine's dispatcher (never the reader thread). */
    public Registration addListener(Consumer<RosterOffer> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The offers not yet accepted or refused, oldest first. */
    public synchronized List<RosterOffer> pending() {
        return List.copyOf(pending.values());
    }

    /**
     * Applies the suggestions of {@code offer} the user chose, through the roster manager, and
     * asks each new contact for its presence (§3.1). Each one is checked against the roster as it
     * is now: what no longer changes anything is skipped. The offer is answered afterwards, so it
     * cannot be applied twice.
     *
     * @throws IllegalArgumentException if {@code chosen} names a suggestion the offer did not make
     * @throws IllegalStateException if the offer was already answered, or dropped as too old
     */
    public CompletableFuture<Void> accept(RosterOffer offer, List<RosterSuggestion> chosen) {
        if (!offer.suggestions().containsAll(chosen)) {
            throw new IllegalArgumentException("the offer did not suggest all of " + chosen);
        }
        take(offer);
        Map<Jid, RosterItem> current = roster.items();
        List<CompletableFuture<Void>> changes = new ArrayList<>();
        for (RosterSuggestion s : chosen) {
            RosterItem existing = current.get(s.jid());
            s.change(existing).ifPresent(item -> {
                CompletableFuture<Void> set = roster.set(item);
                changes.add(existing == null ? set.thenCompose(v -> presence.subscribe(item.jid(), null)) : set);
            });
        }
        return CompletableFuture.allOf(changes.toArray(CompletableFuture[]::new));
    }

    /** The user declined: the offer is forgotten; XEP-0144 has no refusal to send. */
    public void refuse(RosterOffer offer) {
        take(offer);
    }

    private synchronized void take(RosterOffer offer) {
        if (pending.remove(offer.id()) == null) {
            throw new IllegalStateException("roster offer " + offer.id() + " is not pending");
        }
    }

    /** A suggestion in a message. Package-private so it can be tested without a server. */
    void received(Message m) {
        // Group chat messages come from any occupant, through the room; errors bounce our own.
        if (m.type() == Message.Type.GROUPCHAT || m.type() == Message.Type.ERROR) {
            return;
        }
        try {
            if (!offer(m)) {
                LOG.warning(() -> "ignoring a roster exchange of too many items from " + m.from());
            }
        } catch (PayloadFormatException e) {
            LOG.fine(() -> "ignoring a malformed roster exchange from " + m.from() + ": " + e.getMessage());
        }
    }

    /** A suggestion in an IQ set: acknowledged once it waits for the user, or refused. */
    Iq handle(Iq request) throws IqErrorException {
        try {
            if (!offer(request)) {
                throw new IqErrorException(StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE,
                        "more than " + MAX_ITEMS + " roster items at once"));
            }
        } catch (PayloadFormatException e) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, e.getMessage()));
        }
        return request.result();
    }

    /**
     * Offers the suggestions {@code s} carries that would change the roster, if any. Returns false
     * when it carries more items than anyone should suggest at once: those are not offered at all.
     */
    private boolean offer(Stanza s) throws PayloadFormatException {
        Optional<RosterExchange> exchange = RosterExchange.from(s);
        if (exchange.isEmpty()) {
            return true;
        }
        if (exchange.get().items().size() > MAX_ITEMS) {
            return false;
        }
        List<RosterSuggestion> worthAsking = exchange.get().pending(roster.items());
        if (worthAsking.isEmpty()) {
            return true;
        }
        RosterOffer offer = new RosterOffer(nextId.incrementAndGet(), s.from(), worthAsking);
        synchronized (this) {
            pending.put(offer.id(), offer);
            if (pending.size() > MAX_PENDING) {
                RosterOffer dropped = pending.remove(pending.keySet().iterator().next());
                LOG.info(() -> "dropped the unanswered roster offer " + dropped.id() + " from " + dropped.from());
            }
        }
        for (Consumer<RosterOffer> l : listeners) {
            try {
                l.accept(offer);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "roster offer listener failed", e);
            }
        }
        return true;
    }
}
