package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * XEP-0166 sessions of one account: answers the peers' Jingle requests, starts sessions, and
 * ends a peer's sessions when that resource goes offline (§6.7), reporting to the listener.
 */
public final class JingleManager implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JingleManager.class.getName());
    public static final IqHandlerKey HANDLER_KEY = new IqHandlerKey("jingle", Jingle.NAMESPACE, Iq.Type.SET);

    private final JingleEngine engine;
    private final ExecutorService events;
    private final Registration registrations;

    /** A manager that understands no session-info payload but the ping. */
    public JingleManager(XmppClient client, JingleListener listener) {
        this(client, listener, Set.of());
    }

    /**
     * {@code infoNamespaces} name the session-info payloads the applications understand (e.g.
     * XEP-0167's {@code urn:xmpp:jingle:apps:rtp:info:1}); others are refused with
     * unsupported-info (§6.8).
     */
    public JingleManager(XmppClient client, JingleListener listener, Set<String> infoNamespaces) {
        this.events = Executors.newCachedThreadPool(DaemonThreads.named("parley-jingle"));
        this.engine = new JingleEngine(new ClientSignalling(client), listener, infoNamespaces, events);
        this.registrations = Registration.all(
                client.addIqHandler(HANDLER_KEY, request -> {
                    // The engine answers by itself so that the result is sent before any listener runs.
                    engine.receive(request);
                    return null;
                }),
                client.addPresenceListener(p -> {
                    if (p.type() == Presence.Type.UNAVAILABLE && p.from() != null) {
                        engine.peerGone(p.from());
                    }
                }));
    }

    /** Stops taking Jingle requests (they are then answered feature-not-implemented). */
    @Override
    public void close() {
        registrations.close();
        events.shutdown();
    }

    /**
     * Starts a session with {@code peer} (a full JID) offering {@code contents}; {@code extra} are
     * further children of the session-initiate (e.g. a XEP-0338 group). If the peer refuses or
     * does not answer, the session ends and the listener hears of it.
     */
    public JingleSession initiate(Jid peer, String sid, List<Content> contents, List<XmlElement> extra) {
        return engine.initiate(peer, sid, contents, extra);
    }

    /** The live sessions (PENDING or ACTIVE); ended ones are dropped at once. */
    public List<JingleSession> sessions() {
        return engine.sessions();
    }

    public Optional<JingleSession> session(Jid peer, String sid) {
        return engine.session(peer, sid);
    }

    private record ClientSignalling(XmppClient client) implements JingleEngine.Signalling {
        @Override
        public Jid ownJid() {
            return client.jid();
        }

        @Override
        public CompletableFuture<Iq> request(Iq set) {
            return client.query(set);
        }

        @Override
        public void answer(Iq response) {
            try {
                client.send(response);
            } catch (NotConnectedException e) {
                LOG.fine("could not answer " + response.id() + ": not connected");
            }
        }
    }
}
