package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.session.ReplyTimeoutException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The sessions of one account, keyed by peer full JID and session id, and what happens to them:
 * requests received (checked, acknowledged, then reported) and actions sent. Knows the network
 * only through {@link Signalling}, so the rules run in tests without a server.
 */
final class JingleEngine {

    /** How the engine reaches the peer. */
    interface Signalling {
        /** Our own full JID, for the initiator and responder attributes. */
        Jid ownJid();

        /** Sends an IQ set; the future completes with the result or fails with the peer's error. */
        CompletableFuture<Iq> request(Iq set);

        /** Sends the answer to a request we received. */
        void answer(Iq response);
    }

    private record Key(Jid peer, String sid) {
    }

    private final Signalling signalling;
    private final JingleListener listener;
    private final Set<String> infoNamespaces;
    private final OrderedDispatcher events;
    private final Object lock = new Object();
    private final Map<Key, JingleSession> sessions = new HashMap<>();

    /**
     * {@code infoNamespaces} are the session-info payloads the applications understand; events
     * run on {@code executor}, in order per session.
     */
    JingleEngine(Signalling signalling, JingleListener listener, Set<String> infoNamespaces, Executor executor) {
        this.signalling = signalling;
        this.listener = listener;
        this.infoNamespaces = Set.copyOf(infoNamespaces);
        this.events = new OrderedDispatcher(executor, Integer.MAX_VALUE);
    }

    List<JingleSession> sessions() {
        synchronized (lock) {
            return List.copyOf(sessions.values());
        }
    }

    Optional<JingleSession> session(Jid peer, String sid) {
        synchronized (lock) {
            return Optional.ofNullable(sessions.get(new Key(peer, sid)));
        }
    }

    JingleSession.State state(JingleSession s) {
        synchronized (lock) {
            return s.negotiation.state();
        }
    }

    List<Content> contents(JingleSession s) {
        synchronized (lock) {
            return s.negotiation.contents();
        }
    }

    /** Sends a session-initiate; a refusal or no answer ends the session (reported as terminated). */
    JingleSession initiate(Jid peer, String sid, List<Content> contents, List<XmlElement> extra) {
        if (!peer.isFull()) {
            throw new IllegalArgumentException("a session is negotiated with a full JID, not " + peer);
        }
        String invalid = invalidOffer(contents);
        if (invalid != null) {
            throw new IllegalArgumentException(invalid);
        }
        Jid own = signalling.ownJid();
        Jingle initiate = new Jingle(JingleAction.SESSION_INITIATE, sid, own, null, contents, null, extra);
        synchronized (lock) {
            Key key = new Key(peer, sid);
            if (sessions.containsKey(key)) {
                throw new IllegalStateException("session " + sid + " with " + peer + " exists already");
            }
            JingleSession s = new JingleSession(this, sid, peer, own, peer, true, contents);
            sessions.put(key, s);
            signalling.request(Iq.set(peer, initiate.toXml())).whenComplete((r, e) -> {
                if (e != null) {
                    initiateFailed(s, e);
                }
            });
            return s;
        }
    }

    private void initiateFailed(JingleSession s, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        boolean refused = cause instanceof StanzaErrorException;
        Reason reason;
        if (refused) {
            reason = Reason.of(Reason.Condition.GENERAL_ERROR, cause.getMessage());
        } else if (cause instanceof ReplyTimeoutException) {
            reason = Reason.of(Reason.Condition.TIMEOUT);
        } else {
            reason = Reason.of(Reason.Condition.CONNECTIVITY_ERROR, cause.getMessage());
        }
        end(s, reason, refused);
    }

    /** Sends an action of a session, if its state machine allows it. */
    CompletableFuture<Iq> send(JingleSession s, Jingle action) {
        synchronized (lock) {
            try {
                s.negotiation.check(action, false);
            } catch (IqErrorException e) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "cannot send " + action.action().value() + " in " + s + ": " + e.error()));
            }
            s.negotiation.apply(action, false);
            s.negotiation.sent(action.action());
            CompletableFuture<Iq> reply = signalling.request(Iq.set(s.peer(), action.toXml()));
            if (action.action() == JingleAction.SESSION_TERMINATE) {
                // §6.7: ENDED as soon as it is sent; whatever the peer sends next is an unknown session.
                sessions.remove(key(s), s);
                dispatch(s, l -> l.terminated(s, action.reason(), false));
            } else {
                reply.whenComplete((r, e) -> {
                    synchronized (lock) {
                        s.negotiation.answered(action.action());
                    }
                });
            }
            return reply;
        }
    }

    /**
     * Takes a Jingle request: answers it (the result first, §6.2) and reports it, or throws the
     * error to answer with. An action for a session we do not have with that very sender is an
     * unknown session, so a third party cannot act on someone else's session.
     */
    void receive(Iq request) throws IqErrorException {
        Jingle j;
        try {
            j = Jingle.fromXml(request.query().orElseThrow());
        } catch (PayloadFormatException e) {
            throw badRequest(e.getMessage());
        }
        Jid from = request.from();
        if (from == null) {
            throw badRequest("a Jingle request names no sender");
        }
        synchronized (lock) {
            if (j.action() == JingleAction.SESSION_INITIATE) {
                receiveInitiate(request, from, j);
                return;
            }
            JingleSession s = sessions.get(new Key(from, j.sid()));
            if (s == null) {
                throw JingleError.UNKNOWN_SESSION.exception("no session " + j.sid() + " with " + from);
            }
            if (j.action() == JingleAction.SESSION_INFO) {
                for (XmlElement payload : j.payloads()) {
                    if (!infoNamespaces.contains(payload.namespace())) {
                        throw JingleError.UNSUPPORTED_INFO.exception("<" + payload.name() + " xmlns='" + payload.namespace() + "'/>");
                    }
                }
            }
            s.negotiation.check(j, true);
            s.negotiation.apply(j, true);
            signalling.answer(request.result());
            report(s, j);
        }
    }

    private void report(JingleSession s, Jingle j) {
        switch (j.action()) {
            case SESSION_TERMINATE -> {
                sessions.remove(key(s), s);
                dispatch(s, l -> l.terminated(s, j.reason(), true));
            }
            case SESSION_ACCEPT -> dispatch(s, l -> l.accepted(s, j));
            case SESSION_INFO -> {
                if (!j.payloads().isEmpty()) {
                    dispatch(s, l -> l.sessionInfo(s, j.payloads()));
                }
            }
            case TRANSPORT_INFO -> dispatch(s, l -> l.transportInfo(s, j));
            case DESCRIPTION_INFO -> dispatch(s, l -> l.descriptionInfo(s, j));
            case SECURITY_INFO -> dispatch(s, l -> l.securityInfo(s, j));
            case TRANSPORT_REPLACE, TRANSPORT_ACCEPT, TRANSPORT_REJECT -> dispatch(s, l -> l.transportChanged(s, j));
            default -> dispatch(s, l -> l.contentChanged(s, j));
        }
    }

    /**
     * A new session, unless it crosses one of ours (§7.2.16): with the same id the initiate of the
     * lower JID wins, else the lower session id. The winner is acknowledged; the loser gets a
     * conflict with tie-break, and ours, when it loses, ends now since the peer refuses it.
     */
    private void receiveInitiate(Iq request, Jid from, Jingle j) throws IqErrorException {
        String invalid = invalidOffer(j.contents());
        if (invalid != null) {
            throw badRequest(invalid);
        }
        Key key = new Key(from, j.sid());
        JingleSession rival = sessions.get(key);
        if (rival != null) {
            if (!rival.isInitiator() || rival.negotiation.state() != JingleSession.State.PENDING) {
                throw JingleError.OUT_OF_ORDER.exception("session " + j.sid() + " is already initiated");
            }
            if (octets(from.toString(), signalling.ownJid().toString()) > 0) {
                throw JingleError.TIE_BREAK.exception("our session-initiate with the same id wins");
            }
        } else {
            rival = crossing(from, j);
            if (rival != null && octets(j.sid(), rival.sid()) > 0) {
                throw JingleError.TIE_BREAK.exception("our session " + rival.sid() + " has the lower id");
            }
        }
        if (rival != null) {
            end(rival, Reason.alternativeSession(j.sid()), true);
        }
        JingleSession s = new JingleSession(this, j.sid(), from, from, signalling.ownJid(), false, j.contents());
        sessions.put(key, s);
        signalling.answer(request.result());
        dispatch(s, l -> l.incomingSession(s, j));
    }

    /** Our session still pending with that peer for the same application formats, if any. */
    private JingleSession crossing(Jid from, Jingle initiate) {
        Set<String> formats = formats(initiate.contents());
        for (JingleSession s : sessions.values()) {
            if (s.isInitiator() && s.peer().equals(from) && s.negotiation.state() == JingleSession.State.PENDING
                    && formats(s.negotiation.contents()).equals(formats)) {
                return s;
            }
        }
        return null;
    }

    /** "Functionally equivalent" (§7.2.16) read as: offering the same application formats. */
    private static Set<String> formats(List<Content> contents) {
        return contents.stream().map(c -> c.description().namespace()).collect(Collectors.toSet());
    }

    /** Ends the sessions with a peer that went offline, or all of its resources' on a bare JID. */
    void peerGone(Jid from) {
        synchronized (lock) {
            for (JingleSession s : new ArrayList<>(sessions.values())) {
                if (s.peer().equals(from) || from.isBare() && s.peer().bare().equals(from)) {
                    end(s, Reason.of(Reason.Condition.GONE), true);
                }
            }
        }
    }

    /** Ends a session without sending anything, reporting it once. */
    private void end(JingleSession s, Reason reason, boolean byPeer) {
        synchronized (lock) {
            if (sessions.remove(key(s), s)) {
                s.negotiation.end();
                dispatch(s, l -> l.terminated(s, reason, byPeer));
            }
        }
    }

    private void dispatch(JingleSession s, Consumer<JingleListener> event) {
        events.dispatch(s, () -> event.accept(listener));
    }

    private static Key key(JingleSession s) {
        return new Key(s.peer(), s.sid());
    }

    /** Why contents cannot open a session (§6.1, §7.2.10), or null when they can. */
    private static String invalidOffer(List<Content> contents) {
        if (contents.isEmpty()) {
            return "a session-initiate needs at least one content";
        }
        for (Content c : contents) {
            if (!c.isComplete()) {
                return "content " + c.name() + " lacks its description or transport";
            }
        }
        if (contents.stream().noneMatch(c -> Content.DEFAULT_DISPOSITION.equals(c.disposition()))) {
            return "a session-initiate needs a content of disposition session";
        }
        return null;
    }

    /** RFC 4790 i;octet ordering, which §7.2.16 asks for. */
    private static int octets(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static IqErrorException badRequest(String text) {
        return new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, text));
    }
}
