package im.parley.xmpp.session;

import im.parley.xmpp.ext.sm.StreamManagement;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.xml.XmlElement;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The session's current stream: its life-cycle state, its transport and the Stream Management
 * counters, under one lock. Everything sent goes through here, so what the server has not
 * acknowledged is known at any moment and can be resent on resumption or handed back. Ack
 * futures complete on the completion executor, never under this lock.
 */
final class LiveStream {
    private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());
    private static final int ACK_REQUEST_EVERY = 10;

    enum State { NEW, CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    /** What adopting a negotiated stream gave: whether it resumed, and what a fresh one lost. */
    record Adopted(boolean resumed, List<Stanza> handedBack) {
    }

    private final Object lock = new Object();
    private final Executor completions;
    private State state = State.NEW;
    private XmppTransport transport;
    private StreamManagement sm;
    private int sinceAckRequest;

    LiveStream(Executor completions) {
        this.completions = completions;
        this.sm = new StreamManagement(completions);
    }

    State state() {
        synchronized (lock) {
            return state;
        }
    }

    /** NEW to CONNECTING; returns the state there was, which is NEW when the move happened. */
    State begin() {
        synchronized (lock) {
            State before = state;
            if (before == State.NEW) {
                state = State.CONNECTING;
            }
            return before;
        }
    }

    /** Closes for good; returns the state there was. */
    State end() {
        synchronized (lock) {
            State before = state;
            state = State.CLOSED;
            return before;
        }
    }

    boolean isCurrent(XmppTransport t) {
        synchronized (lock) {
            return t == transport && state == State.CONNECTED;
        }
    }

    /** The transport of a connected stream, or null. */
    XmppTransport connectedTransport() {
        synchronized (lock) {
            return state == State.CONNECTED ? transport : null;
        }
    }

    /**
     * Puts a negotiated stream to work: on resumption resends what the server had not
     * acknowledged; otherwise starts counting afresh and hands back what the old stream lost.
     * Returns null when the client was closed meanwhile (the stream is then closed too).
     */
    Adopted adopt(StreamNegotiator.Outcome outcome, XmppTransport.Listener listener) throws ConnectException,
            ProtocolException {
        synchronized (lock) {
            if (state == State.CLOSED) {
                outcome.transport().close();
                return null;
            }
            transport = outcome.transport();
            List<Stanza> handedBack = List.of();
            if (outcome.resumed()) {
                if (outcome.resumedH() < 0) {
                    outcome.transport().close();
                    throw new ProtocolException("<resumed/> without a valid h: cannot tell what the server has");
                }
                sm.acknowledge(outcome.resumedH());
                for (Stanza s : sm.unackedStanzas()) {
                    transport.send(s.toXml());
                }
                transport.send(StreamManagement.request());
            } else {
                if (outcome.smFailed() != null) {
                    long h = StreamManagement.h(outcome.smFailed());
                    if (h >= 0) {
                        sm.acknowledge(h);
                    }
                }
                handedBack = sm.handBack(new NotConnectedException("stream management session could not be resumed"));
                sm = new StreamManagement(completions);
                if (outcome.smEnabled() != null) {
                    sm.enabled(outcome.smEnabled());
                }
            }
            sinceAckRequest = 0;
            state = State.CONNECTED;
            try {
                transport.start(listener);
            } catch (IOException e) {
                throw new ConnectException("cannot start the session: " + e.getMessage(), e);
            }
            return new Adopted(outcome.resumed(), handedBack);
        }
    }

    /**
     * Sends a stanza, or queues it while a dropped session waits to be resumed. Returns the ack
     * future under Stream Management, else null.
     */
    CompletableFuture<Void> send(Stanza stanza) throws NotConnectedException {
        synchronized (lock) {
            boolean resumable = state == State.RECONNECTING && sm.canResume();
            if (state != State.CONNECTED && !resumable) {
                throw new NotConnectedException("not connected (" + state.name().toLowerCase() + ")");
            }
            CompletableFuture<Void> acked = sm.isEnabled() ? sm.track(stanza) : null;
            if (state == State.CONNECTED) {
                transport.send(stanza.toXml());
                if (acked != null && ++sinceAckRequest >= ACK_REQUEST_EVERY) {
                    sinceAckRequest = 0;
                    transport.send(StreamManagement.request());
                }
            }
            return acked;
        }
    }

    void sendNonza(XmlElement nonza) throws NotConnectedException {
        synchronized (lock) {
            if (state != State.CONNECTED) {
                throw new NotConnectedException("not connected (" + state.name().toLowerCase() + ")");
            }
            transport.send(nonza);
        }
    }

    void requestAck() {
        synchronized (lock) {
            if (state == State.CONNECTED && sm.isEnabled()) {
                sinceAckRequest = 0;
                transport.send(StreamManagement.request());
            }
        }
    }

    /** Answers the server's {@code <r/>} and takes its {@code <a/>}, for the current transport only. */
    void onSmElement(XmppTransport owner, XmlElement e) {
        synchronized (lock) {
            if (owner != transport) {
                return;
            }
            if (e.name().equals("r")) {
                owner.send(sm.answer());
            } else if (e.name().equals("a")) {
                long h = StreamManagement.h(e);
                if (h >= 0) {
                    sm.acknowledge(h);
                }
            }
        }
    }

    /** Counts a stanza received on {@code owner}; false when that transport was replaced. */
    boolean countInbound(XmppTransport owner) {
        synchronized (lock) {
            if (owner != transport) {
                return false;
            }
            if (sm.isEnabled()) {
                sm.handledInbound();
            }
            return true;
        }
    }

    /**
     * The current connection dropped: aborts it and moves to reconnecting or closed. Returns null
     * when {@code owner} is not the connected transport (already handled), else the stanzas that
     * cannot be resumed (empty when resumption is still possible).
     */
    List<Stanza> lose(XmppTransport owner, Exception cause, boolean resumable, boolean retry) {
        synchronized (lock) {
            if (owner != transport || state != State.CONNECTED) {
                return null;
            }
            owner.abort();
            state = retry ? State.RECONNECTING : State.CLOSED;
            if (resumable && sm.canResume()) {
                return List.of();
            }
            return sm.handBack(cause);
        }
    }

    /** The SM session to resume, null for a fresh login; only asked while reconnecting. */
    StreamManagement resumable() {
        synchronized (lock) {
            return sm.canResume() ? sm : null;
        }
    }

    boolean isStreamManagementEnabled() {
        synchronized (lock) {
            return sm.isEnabled();
        }
    }

    int unacknowledgedCount() {
        synchronized (lock) {
            return sm.unackedCount();
        }
    }

    /** Gives the server a moment to acknowledge what is in flight, so a clean exit loses nothing. */
    void awaitAcks(XmppTransport t) {
        CompletableFuture<Void> last;
        synchronized (lock) {
            last = sm.lastUnacked();
            if (last != null) {
                t.send(StreamManagement.request());
            }
        }
        if (last != null) {
            try {
                last.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.fine("stanzas still unacknowledged at disconnect: " + e);
            }
        }
    }

    /** Closes for good; returns the transport there was, to be closed by the caller. */
    XmppTransport close() {
        synchronized (lock) {
            state = State.CLOSED;
            return transport;
        }
    }

    List<Stanza> handBack(Exception cause) {
        synchronized (lock) {
            return sm.handBack(cause);
        }
    }

    void abort() {
        synchronized (lock) {
            if (transport != null) {
                transport.abort();
            }
        }
    }
}
