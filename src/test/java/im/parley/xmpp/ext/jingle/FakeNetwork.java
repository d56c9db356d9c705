package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Engines joined by a queue instead of a server: what one sends waits until {@link #flush()},
 * so crossing requests can be staged. Listener events run at once (a direct executor), which
 * makes their order against the answers observable in each party's log.
 */
final class FakeNetwork {
    private final Queue<Runnable> wire = new ArrayDeque<>();
    private final Map<Jid, Party> parties = new HashMap<>();

    Party join(String jid, Set<String> infoNamespaces) {
        Party p = new Party(Jid.of(jid), infoNamespaces);
        parties.put(p.jid, p);
        return p;
    }

    /** Delivers everything in flight, and what that causes, until the wire is quiet. */
    void flush() {
        for (Runnable next; (next = wire.poll()) != null; ) {
            next.run();
        }
    }

    /** Hands {@code request} to its addressee now and returns the answer (result or error). */
    Iq inject(Iq request) {
        Party to = parties.get(request.to());
        int before = to.answers.size();
        deliver(to, request);
        return to.answers.get(before);
    }

    private void deliver(Party to, Iq request) {
        try {
            to.engine.receive(request);
        } catch (IqErrorException e) {
            to.answer(request.errorResponse(e.error()));
        }
    }

    /** One account: its engine, the requests it sent, its answers and what its listener heard. */
    final class Party implements JingleEngine.Signalling, JingleListener {
        final Jid jid;
        final JingleEngine engine;
        final List<String> log = new ArrayList<>();
        final List<Iq> answers = new ArrayList<>();
        final List<JingleSession> incoming = new ArrayList<>();
        final List<XmlElement> infos = new ArrayList<>();
        private final Map<String, CompletableFuture<Iq>> pending = new HashMap<>();
        private int ids;

        Party(Jid jid, Set<String> infoNamespaces) {
            this.jid = jid;
            this.engine = new JingleEngine(this, this, infoNamespaces, Runnable::run);
        }

        JingleSession only() {
            List<JingleSession> all = engine.sessions();
            if (all.size() != 1) {
                throw new AssertionError(jid + " has " + all.size() + " sessions");
            }
            return all.get(0);
        }

        @Override
        public Jid ownJid() {
            return jid;
        }

        @Override
        public CompletableFuture<Iq> request(Iq set) {
            Iq sent = set.toBuilder().from(jid).id(jid.local() + (++ids)).build();
            CompletableFuture<Iq> future = new CompletableFuture<>();
            Party to = parties.get(sent.to());
            if (to == null) {
                // Nobody there: the server answers for the absent resource.
                future.completeExceptionally(new StanzaErrorException(
                        StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE), sent));
                return future;
            }
            pending.put(sent.id(), future);
            wire.add(() -> deliver(to, sent));
            return future;
        }

        @Override
        public void answer(Iq response) {
            answers.add(response);
            log.add("answer " + response.type().value());
            Party to = parties.get(response.to());
            if (to != null && to.pending.containsKey(response.id())) {
                wire.add(() -> to.receiveAnswer(response));
            }
        }

        private void receiveAnswer(Iq response) {
            CompletableFuture<Iq> f = pending.remove(response.id());
            if (response.type() == Iq.Type.ERROR) {
                f.completeExceptionally(new StanzaErrorException(response.error().orElseThrow(), response));
            } else {
                f.complete(response);
            }
        }

        @Override
        public void incomingSession(JingleSession session, Jingle initiate) {
            incoming.add(session);
            log.add("incoming " + session.sid());
        }

        @Override
        public void terminated(JingleSession session, Reason reason, boolean byPeer) {
            log.add("terminated " + session.sid() + " " + (reason == null ? "-" : reason.condition().elementName())
                    + (byPeer ? " by peer" : " by us"));
        }

        @Override
        public void accepted(JingleSession session, Jingle accept) {
            log.add("accepted " + session.sid());
        }

        @Override
        public void sessionInfo(JingleSession session, List<XmlElement> payloads) {
            infos.addAll(payloads);
            log.add("info " + session.sid());
        }

        @Override
        public void transportInfo(JingleSession session, Jingle info) {
            log.add("transport-info " + session.sid());
        }

        @Override
        public void contentChanged(JingleSession session, Jingle change) {
            log.add(change.action().value() + " " + session.sid());
        }

        @Override
        public void transportChanged(JingleSession session, Jingle change) {
            log.add(change.action().value() + " " + session.sid());
        }
    }
}
