package im.parley.xmpp.im;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Our presence, the contacts' presence and subscriptions (RFC 6121 §3, §4). Every send returns
 * a future that completes once the server has the stanza, so callers can tell "sent" from "lost".
 */
public final class PresenceManager {
    private static final Logger LOG = Logger.getLogger(PresenceManager.class.getName());
    public static final String NICK_NAMESPACE = "http://jabber.org/protocol/nick";
    public static final String PRE_APPROVAL_FEATURE = "urn:xmpp:features:pre-approval";

    private final XmppClient client;
    private final PresenceTable table;
    private final UnaryOperator<Presence> decorator;
    private final List<Consumer<SubscriptionEvent>> subscriptionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Presence>> presenceListeners = new CopyOnWriteArrayList<>();
    /** The last broadcast (available or unavailable) we sent, before decoration; null before the first. */
    private volatile Presence lastBroadcast;
    /** The last available presence as sent, decorated; null after an unavailable one. */
    private volatile XmlElement lastSentAvailable;

    public PresenceManager(XmppClient client) {
        this(client, new PresenceTable(), UnaryOperator.identity());
    }

    /**
     * @param decorator adds what every available presence we send should carry, such as our
     *     Entity Capabilities (XEP-0115)
     */
    public PresenceManager(XmppClient client, PresenceTable table, UnaryOperator<Presence> decorator) {
        this.client = client;
        this.table = table;
        this.decorator = decorator;
        client.addPresenceListener(this::received);
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void connected(Jid jid) {
                // A new session (not a resumed one) gets everyone's presence afresh.
                table.clear();
            }
        });
    }

    public Registration addSubscriptionListener(Consumer<SubscriptionEvent> listener) {
        subscriptionListeners.add(listener);
        return () -> subscriptionListeners.remove(listener);
    }

    /** Told after an available or unavailable presence changed the table. */
    public Registration addPresenceListener(Consumer<Presence> listener) {
        presenceListeners.add(listener);
        return () -> presenceListeners.remove(listener);
    }

    public PresenceTable table() {
        return table;
    }

    public Optional<ResourcePresence> mostAvailable(Jid contact) {
        return table.mostAvailable(contact);
    }

    /** Broadcasts available presence (RFC 6121 §4.2). Nulls leave show and status out. */
    public CompletableFuture<Void> sendAvailable(Presence.Show show, String status, int priority) {
        Presence.Builder b = Presence.builder().show(show).status(status);
        if (priority != 0) {
            b.priority(priority);
        }
        Presence available = b.build();
        lastBroadcast = available;
        return sendDecorated(available);
    }

    /** Broadcasts unavailable presence (RFC 6121 §4.5); the session stays open. */
    public CompletableFuture<Void> sendUnavailable(String status) {
        Presence unavailable = Presence.builder().type(Presence.Type.UNAVAILABLE).status(status).build();
        lastBroadcast = unavailable;
        lastSentAvailable = null;
        return client.sendAcknowledged(unavailable);
    }

    /**
     * Sends the last available presence again, for a new session that replaced a lost one: the
     * server forgot it, and until it gets initial presence it tells no contact we are online and
     * keeps the messages it stored for us (RFC 6121 §4.2, §8.5.2). Nothing is sent when the
     * last broadcast was unavailable or there was none; the future then completes with false.
     */
    public CompletableFuture<Boolean> rebroadcast() {
        Presence last = lastBroadcast;
        if (last == null || last.type() != Presence.Type.AVAILABLE) {
            return CompletableFuture.completedFuture(false);
        }
        return sendDecorated(last).thenApply(v -> true);
    }

    /**
     * Sends the last available presence again if what it carries now differs from what was sent
     * (our caps, XEP-0115 §4, or our avatar's hash, XEP-0153): contacts learn of the change, and a
     * change undone in the meantime sends nothing. Completes with whether it sent.
     */
    public CompletableFuture<Boolean> refresh() {
        Presence last = lastBroadcast;
        if (last == null || last.type() != Presence.Type.AVAILABLE) {
            return CompletableFuture.completedFuture(false);
        }
        Presence decorated = decorator.apply(last);
        if (decorated.toXml().equals(lastSentAvailable)) {
            return CompletableFuture.completedFuture(false);
        }
        return sendDecorated(last).thenApply(v -> true);
    }

    private CompletableFuture<Void> sendDecorated(Presence available) {
        Presence decorated = decorator.apply(available);
        lastSentAvailable = decorated.toXml();
        return client.sendAcknowledged(decorated);
    }

    /** Directed presence to one entity (RFC 6121 §4.6), e.g. a contact not on the roster. */
    public CompletableFuture<Void> sendDirected(Jid to, Presence.Show show, String status) {
        return client.sendAcknowledged(decorator.apply(Presence.builder().to(to).show(show).status(status).build()));
    }

    /** Asks to see the contact's presence (RFC 6121 §3.1.1), with an optional XEP-0172 nick. */
    public CompletableFuture<Void> subscribe(Jid contact, String nick) {
        Presence.Builder b = Presence.builder().to(contact.bare()).type(Presence.Type.SUBSCRIBE);
        if (nick != null) {
            b.payload(XmlElement.ofText("nick", NICK_NAMESPACE, nick));
        }
        return client.sendAcknowledged(b.build());
    }

    /** Approves a contact's request (RFC 6121 §3.1.4). */
    public CompletableFuture<Void> approve(Jid contact) {
        return typed(contact, Presence.Type.SUBSCRIBED);
    }

    /** Denies a contact's request (RFC 6121 §3.1.4). */
    public CompletableFuture<Void> deny(Jid contact) {
        return typed(contact, Presence.Type.UNSUBSCRIBED);
    }

    /** Stops seeing the contact's presence (RFC 6121 §3.3). */
    public CompletableFuture<Void> unsubscribe(Jid contact) {
        return typed(contact, Presence.Type.UNSUBSCRIBE);
    }

    /** Stops the contact seeing ours (RFC 6121 §3.2). */
    public CompletableFuture<Void> cancel(Jid contact) {
        return typed(contact, Presence.Type.UNSUBSCRIBED);
    }

    /**
     * Approves a subscription before it is asked for (RFC 6121 §3.4). Only when the server
     * advertised pre-approval; otherwise the server would take it as a stray "subscribed".
     */
    public CompletableFuture<Void> preApprove(Jid contact) {
        if (!supportsPreApproval()) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException(
                    "the server does not offer subscription pre-approval"));
        }
        return typed(contact, Presence.Type.SUBSCRIBED);
    }

    public boolean supportsPreApproval() {
        XmlElement features = client.streamFeatures();
        return features != null && features.child("sub", PRE_APPROVAL_FEATURE).isPresent();
    }

    private CompletableFuture<Void> typed(Jid contact, Presence.Type type) {
        return client.sendAcknowledged(Presence.builder().to(contact.bare()).type(type).build());
    }

    /** Package-private so tests can feed presence without a server. */
    void received(Presence p) {
        if (p.from() == null) {
            return;
        }
        SubscriptionEvent.Kind kind = switch (p.type()) {
            case SUBSCRIBE -> SubscriptionEvent.Kind.REQUEST;
            case SUBSCRIBED -> SubscriptionEvent.Kind.APPROVED;
            case UNSUBSCRIBED -> SubscriptionEvent.Kind.DENIED_OR_CANCELLED;
            case UNSUBSCRIBE -> SubscriptionEvent.Kind.UNSUBSCRIBED;
            default -> null;
        };
        if (kind != null) {
            String nick = p.payload("nick", NICK_NAMESPACE).map(XmlElement::text).orElse(null);
            SubscriptionEvent event = new SubscriptionEvent(kind, p.from().bare(), nick);
            subscriptionListeners.forEach(l -> safely(l, event));
            return;
        }
        if (table.update(p)) {
            presenceListeners.forEach(l -> safely(l, p));
        }
    }

    private static <T> void safely(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "presence listener failed", e);
        }
    }
}
