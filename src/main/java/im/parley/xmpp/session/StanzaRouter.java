package im.parley.xmpp.session;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandler;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes what the server sends: claimed stanzas to their claim, responses to the
 * {@link IqTracker}, requests to their handler (answering {@code feature-not-implemented} when
 * there is none), messages and presence to the listeners. Everything after decoding runs on the
 * dispatcher, in order per sender: an IQ response is matched only after the stanzas its sender
 * sent before it were handled (a MAM {@code <fin/>} after its results).
 */
final class StanzaRouter {
    private static final Logger LOG = Logger.getLogger(StanzaRouter.class.getName());

    private final OrderedDispatcher dispatcher;
    private final boolean serverOrder;
    private final IqTracker tracker;
    private final CodecRegistry codecs;
    private final Consumer<Stanza> reply;
    private final Map<IqHandlerKey, IqHandler> iqHandlers = new ConcurrentHashMap<>();
    private final List<StanzaClaim> claims = new CopyOnWriteArrayList<>();
    private final List<Consumer<Message>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Presence>> presenceListeners = new CopyOnWriteArrayList<>();

    /** {@code reply} sends answers to requests; it must not throw when the session is down. */
    StanzaRouter(OrderedDispatcher dispatcher, IqTracker tracker, Consumer<Stanza> reply) {
        this(dispatcher, false, tracker, new CodecRegistry(), reply);
    }

    /**
     * With {@code serverOrder}, one lane for every sender: stanzas are handled in wire order. A
     * request whose payload a codec in {@code codecs} finds malformed is answered with that
     * codec's error and never reaches a handler.
     */
    StanzaRouter(OrderedDispatcher dispatcher, boolean serverOrder, IqTracker tracker, CodecRegistry codecs,
                 Consumer<Stanza> reply) {
        this.dispatcher = dispatcher;
        this.serverOrder = serverOrder;
        this.tracker = tracker;
        this.codecs = codecs;
        this.reply = reply;
    }

    /** Fails when another handler already answers this kind of request. */
    Registration addIqHandler(IqHandlerKey key, IqHandler handler) {
        IqHandler previous = iqHandlers.putIfAbsent(key, handler);
        if (previous != null) {
            throw new IllegalStateException("requests " + key + " already have a handler");
        }
        return () -> iqHandlers.remove(key, handler);
    }

    Registration addClaim(StanzaClaim claim) {
        claims.add(claim);
        return () -> claims.remove(claim);
    }

    Registration addMessageListener(Consumer<Message> listener) {
        return added(messageListeners, listener);
    }

    Registration addPresenceListener(Consumer<Presence> listener) {
        return added(presenceListeners, listener);
    }

    private static <T> Registration added(List<Consumer<T>> listeners, Consumer<T> listener) {
        // A wrapper per registration, so registering one listener twice gives two removable entries.
        Consumer<T> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** Decodes and routes one top-level element that is not a stream-level one. */
    void route(XmlElement e) {
        Stanza stanza;
        try {
            Optional<Stanza> parsed = Stanza.fromXml(e);
            if (parsed.isEmpty()) {
                LOG.fine(() -> "ignoring unknown top-level element <" + e.name() + " xmlns='" + e.namespace() + "'>");
                return;
            }
            stanza = parsed.get();
        } catch (StanzaFormatException ex) {
            answerMalformed(e, ex);
            return;
        }
        Object key = serverOrder || stanza.from() == null ? "" : stanza.from().bare();
        dispatcher.dispatch(key, () -> deliver(stanza));
    }

    private void deliver(Stanza stanza) {
        if (stanza instanceof Iq iq && !iq.type().isRequest()) {
            if (!tracker.accept(iq)) {
                LOG.fine(() -> "ignoring a response nobody asked for (or from the wrong sender): " + iq.id());
            }
            return;
        }
        StanzaClaim claim = claimOf(stanza);
        if (stanza instanceof Iq iq) {
            answer(iq, claim);
        } else if (stanza instanceof Message m) {
            if (claim != null) {
                isolated(claim::message, m, "claim");
            } else {
                messageListeners.forEach(l -> isolated(l, m, "message listener"));
            }
        } else if (stanza instanceof Presence p) {
            if (claim != null) {
                isolated(claim::presence, p, "claim");
            } else {
                presenceListeners.forEach(l -> isolated(l, p, "presence listener"));
            }
        }
    }

    private StanzaClaim claimOf(Stanza stanza) {
        for (StanzaClaim claim : claims) {
            try {
                if (claim.claims(stanza)) {
                    return claim;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a claim failed while looking at a stanza", e);
            }
        }
        return null;
    }

    /** One failing listener must not hide the stanza from the others. */
    private static <T> void isolated(Consumer<T> listener, T stanza, String what) {
        try {
            listener.accept(stanza);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed", e);
        }
    }

    /**
     * RFC 6120 §8.3.1: a malformed request still gets an error. Other malformed stanzas are
     * dropped (and logged); so is a request whose sender cannot be addressed.
     */
    private void answerMalformed(XmlElement e, StanzaFormatException ex) {
        LOG.log(Level.FINE, "malformed stanza: " + ex.getMessage());
        String type = e.attributeOrNull("type");
        String id = e.attributeOrNull("id");
        String from = e.attributeOrNull("from");
        if (!e.name().equals("iq") || id == null || !("get".equals(type) || "set".equals(type))) {
            return;
        }
        Optional<Jid> to = Jid.tryParse(from);
        if (from != null && to.isEmpty()) {
            return;
        }
        reply.accept(Iq.builder(Iq.Type.ERROR).to(to.orElse(null)).id(id)
                .payload(StanzaError.of(ex.condition(), ex.getMessage()).toXml(Stanza.CLIENT_NAMESPACE)).build());
    }

    private void answer(Iq request, StanzaClaim claim) {
        XmlElement query = request.query().orElseThrow();
        IqHandler handler = claim != null ? claim::request
                : iqHandlers.get(new IqHandlerKey(query.name(), query.namespace(), request.type()));
        Iq response;
        if (handler == null) {
            response = request.errorResponse(StanzaError.of(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED));
        } else if (codecs.decode(query) instanceof Decoded.Malformed<?> malformed) {
            response = request.errorResponse(malformed.toError());
        } else {
            try {
                response = handler.handle(request);
            } catch (IqErrorException e) {
                response = request.errorResponse(e.error());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "IQ handler failed for " + query.namespace(), e);
                response = request.errorResponse(StanzaError.of(StanzaErrorCondition.INTERNAL_SERVER_ERROR));
            }
        }
        if (response != null) {
            reply.accept(response);
        }
    }
}
