package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Claims every message carrying a {@code pubsub#event}, so none reaches the chat listeners. An
 * event is believed only from an entity that can host the node: a service's domain JID or a
 * user's bare JID (their PEP service, XEP-0163 §4.3), never a full JID, which is a client
 * speaking for itself; servers stamp a client's stanzas with its full JID, so no client can
 * pass one off as a service's. No 'from' is the account's own PEP service. Others are dropped and
 * logged; a malformed event too.
 */
final class PubSubNotifications implements StanzaClaim, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PubSubNotifications.class.getName());
    private final XmppClient client;
    private final PubSubEventCodec codec = new PubSubEventCodec();
    private final List<Consumer<PubSubNotification>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong forged = new AtomicLong();
    private final Registration claim;

    PubSubNotifications(XmppClient client) {
        this.client = client;
        this.claim = client.addClaim(this);
    }

    Registration add(Consumer<PubSubNotification> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    long forgedDropped() {
        return forged.get();
    }

    @Override
    public boolean claims(Stanza stanza) {
        return stanza instanceof Message m && m.type() != Message.Type.ERROR
                && m.payload("event", PubSub.EVENT).isPresent();
    }

    @Override
    public void message(Message message) {
        Jid from = host(message.from(), client.jid());
        if (from == null) {
            forged.incrementAndGet();
            LOG.warning("dropped a pubsub event from " + message.from() + ": only a service or a PEP owner sends them");
            return;
        }
        Decoded<PubSubEvent> event = CodecRegistry.first(message, codec);
        if (event instanceof Decoded.Malformed<PubSubEvent> m) {
            LOG.warning("dropped a malformed pubsub event from " + from + ": " + m.reason());
            return;
        }
        event.valueIfAny().ifPresent(e -> {
            PubSubNotification notification = new PubSubNotification(from, e);
            listeners.forEach(l -> l.accept(notification));
        });
    }

    /** The service an event from {@code from} speaks for, or null when its sender cannot host a node. */
    static Jid host(Jid from, Jid account) {
        if (from == null) {
            return account == null ? null : account.bare();
        }
        return from.resource() == null ? from : null;
    }

    @Override
    public void close() {
        claim.close();
    }
}
