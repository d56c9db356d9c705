package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.sm.StreamManagement;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandler;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.stanza.StreamErrorCondition;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.StreamEvent;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One account's XMPP session: connects, keeps the connection alive, resumes it with Stream
 * Management after a drop, and routes stanzas. Sending never blocks on the network; listeners
 * run on a dispatcher pool, in order per sender, never on the reader thread.
 */
public final class XmppClient implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(XmppClient.class.getName());
    private static final String PING_NS = "urn:xmpp:ping";
    private static final int ACK_REQUEST_EVERY = 10;

    private enum State { NEW, CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    private final ClientConfig config;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService pool;
    private final IqTracker tracker;
    private final Object lock = new Object();
    private final StanzaRouter router;
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong idCounter = new AtomicLong();
    private final String idPrefix = Long.toString(System.nanoTime() & 0xFFFFFF, 36) + "-";
    private final Reconnector reconnector;
    private final LivenessMonitor liveness;

    private State state = State.NEW;
    private XmppTransport transport;
    private volatile Jid boundJid;
    private volatile XmlElement features;
    private volatile String mechanism;
    private volatile boolean compressed;
    private StreamManagement sm = new StreamManagement();
    private int sinceAckRequest;

    public XmppClient(ClientConfig config) {
        this.config = config;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("parley-timer"));
        this.pool = Executors.newCachedThreadPool(daemon("parley-dispatch"));
        this.tracker = new IqTracker(scheduler, () -> boundJid);
        this.router = new StanzaRouter(new OrderedDispatcher(pool), tracker, this::reply);
        this.reconnector = new Reconnector(scheduler, this::reconnectOnce);
        this.liveness = new LivenessMonitor(config.pingInterval(), config.replyTimeout());
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public ClientConfig config() {
        return config;
    }

    /** Connects, authenticates and binds; returns once the session is usable. */
    public void connect() throws XmppException {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("connect() is called once per client; state is " + state);
            }
            state = State.CONNECTING;
        }
        try {
            establish(null);
        } catch (XmppException | RuntimeException e) {
            synchronized (lock) {
                state = State.CLOSED;
            }
            shutdownExecutors();
            throw e;
        }
        startLiveness();
    }

    /** Tries each address in turn; follows one see-other-host redirect. */
    private StreamNegotiator.Outcome negotiate(StreamManagement resume) throws XmppException {
        StreamNegotiator negotiator = new StreamNegotiator(config);
        List<ServerAddress> addresses = negotiator.addresses();
        ConnectException lastConnect = null;
        for (ServerAddress address : addresses) {
            try {
                return negotiator.negotiate(address, resume);
            } catch (ConnectException e) {
                lastConnect = e;
            } catch (StreamErrorException e) {
                StreamError error = e.error();
                if (error.condition() != StreamErrorCondition.SEE_OTHER_HOST || error.otherHost() == null) {
                    throw e;
                }
                return negotiator.negotiate(otherHost(error.otherHost(), address), resume);
            }
        }
        throw lastConnect != null ? lastConnect : new ConnectException("no address to connect to");
    }

    private static ServerAddress otherHost(String hostPort, ServerAddress previous) {
        String host = hostPort;
        int port = previous.port();
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon) {
            host = hostPort.substring(0, colon);
            port = Integer.parseInt(hostPort.substring(colon + 1));
        }
        return new ServerAddress(host.replace("[", "").replace("]", ""), port, previous.directTls());
    }

    /** Negotiates a session (resuming {@code resume} when given) and puts it to work. */
    private void establish(StreamManagement resume) throws XmppException {
        StreamNegotiator.Outcome outcome = negotiate(resume);
        List<Stanza> handedBack = List.of();
        boolean resumed;
        synchronized (lock) {
            if (state == State.CLOSED) {
                outcome.transport().close();
                return;
            }
            transport = outcome.transport();
            features = outcome.features();
            mechanism = outcome.mechanism();
            compressed = outcome.compressed();
            resumed = outcome.resumed();
            if (resumed) {
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
                if (resume != null) {
                    tracker.failAll(new NotConnectedException("the session was lost and could not be resumed"));
                }
                boundJid = outcome.boundJid();
                sm = new StreamManagement();
                if (outcome.smEnabled() != null) {
                    sm.enabled(outcome.smEnabled());
                }
            }
            sinceAckRequest = 0;
            liveness.reset();
            state = State.CONNECTED;
            try {
                transport.start(new TransportListener(transport));
            } catch (IOException e) {
                throw new ConnectException("cannot start the session: " + e.getMessage(), e);
            }
        }
        for (XmlElement early : outcome.early()) {
            router.route(early);
        }
        Jid jid = boundJid;
        List<Stanza> lost = handedBack;
        for (ConnectionListener l : connectionListeners) {
            pool.execute(() -> {
                if (resumed) {
                    l.resumed();
                } else {
                    if (!lost.isEmpty()) {
                        l.unacknowledged(lost);
                    }
                    l.connected(jid);
                }
            });
        }
    }

    /** The full JID the server bound. */
    public Jid jid() {
        return boundJid;
    }

    /** The stream features of the authenticated stream. */
    public XmlElement streamFeatures() {
        return features;
    }

    /** The SASL mechanism used for the current session. */
    public String mechanism() {
        return mechanism;
    }

    /** Whether XEP-0138 compression is on for the current stream. */
    public boolean isCompressed() {
        return compressed;
    }

    public boolean isConnected() {
        synchronized (lock) {
            return state == State.CONNECTED;
        }
    }

    public boolean isStreamManagementEnabled() {
        synchronized (lock) {
            return sm.isEnabled();
        }
    }

    /** A fresh stanza id, unique within this client. */
    public String nextId() {
        return idPrefix + idCounter.incrementAndGet();
    }

    /**
     * Sends a stanza. While a dropped session waits to be resumed the stanza is queued and goes
     * out on resumption (or comes back through {@link ConnectionListener#unacknowledged}).
     */
    public void send(Stanza stanza) throws NotConnectedException {
        sendTracked(withId(stanza));
    }

    /**
     * Sends a stanza; the future completes once the server has acknowledged it (Stream
     * Management), or, without SM, once a ping sent after it is answered: the server handles a
     * stream's stanzas in order.
     */
    public CompletableFuture<Void> sendAcknowledged(Stanza stanza) {
        try {
            CompletableFuture<Void> acked = sendTracked(withId(stanza));
            if (acked != null) {
                requestAck();
                return acked.orTimeout(config.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            return query(Iq.get(null, XmlElement.empty("ping", PING_NS))).thenApply(r -> null);
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> sendTracked(Stanza stanza) throws NotConnectedException {
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

    /**
     * Sends a top-level element that is not a stanza (a nonza, e.g. XEP-0352's {@code <active/>}).
     * It is not counted by Stream Management (XEP-0198 §4 counts stanzas only), so it is not
     * queued while a session waits to be resumed: a nonza describes the current stream.
     */
    public void sendNonza(XmlElement nonza) throws NotConnectedException {
        synchronized (lock) {
            if (state != State.CONNECTED) {
                throw new NotConnectedException("not connected (" + state.name().toLowerCase() + ")");
            }
            transport.send(nonza);
        }
    }

    private void requestAck() {
        synchronized (lock) {
            if (state == State.CONNECTED && sm.isEnabled()) {
                sinceAckRequest = 0;
                transport.send(StreamManagement.request());
            }
        }
    }

    /** Sends an IQ request; the future completes with the result or fails with a typed error. */
    public CompletableFuture<Iq> query(Iq request) {
        return query(request, config.replyTimeout());
    }

    public CompletableFuture<Iq> query(Iq request, Duration timeout) {
        if (!request.type().isRequest()) {
            throw new IllegalArgumentException("query() sends get or set, not " + request.type());
        }
        Iq withId = (Iq) withId(request);
        CompletableFuture<Iq> future = tracker.register(withId, timeout);
        if (future.isDone()) {
            // Refused before sending (an id still pending): nothing went out.
            return future;
        }
        try {
            sendTracked(withId);
        } catch (NotConnectedException e) {
            tracker.fail(withId.id(), e);
            return CompletableFuture.failedFuture(e);
        }
        // Continuations run on the pool, not on the reader thread that completes the future.
        return future.thenApplyAsync(r -> r, pool);
    }

    private Stanza withId(Stanza s) {
        if (s.id() != null) {
            return s;
        }
        if (s instanceof Message m) {
            return m.toBuilder().id(nextId()).build();
        }
        if (s instanceof Iq iq) {
            return iq.toBuilder().id(nextId()).build();
        }
        return s;
    }

    /** Answers IQ requests of one kind; an unhandled request is answered feature-not-implemented. */
    public void addIqHandler(IqHandlerKey key, IqHandler handler) {
        router.addIqHandler(key, handler);
    }

    /** Listens to incoming messages; called on the dispatcher, in order per sender. */
    public void addMessageListener(Consumer<Message> listener) {
        router.addMessageListener(listener);
    }

    /** Listens to incoming presence; called on the dispatcher, in order per sender. */
    public void addPresenceListener(Consumer<Presence> listener) {
        router.addPresenceListener(listener);
    }

    public void addConnectionListener(ConnectionListener listener) {
        connectionListeners.add(listener);
    }

    /** Reader-thread callbacks for one transport; events of a replaced transport are ignored. */
    private final class TransportListener implements XmppTransport.Listener {
        private final XmppTransport owner;

        TransportListener(XmppTransport owner) {
            this.owner = owner;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Element e) {
                handleElement(owner, e.element());
            } else if (event instanceof StreamEvent.Closed) {
                connectionLost(owner, new IOException("the server closed the stream"), true);
            }
        }

        @Override
        public void onFailure(Exception cause) {
            if (cause instanceof XmlStreamException x) {
                StreamError error = StreamError.of(x.condition(), x.getMessage());
                owner.endStream(error.toXml(), Duration.ofMillis(200));
                connectionLost(owner, new StreamErrorException(error, true), false);
            } else {
                connectionLost(owner, cause, true);
            }
        }
    }

    private void handleElement(XmppTransport owner, XmlElement e) {
        if (e.namespace().equals(StreamManagement.NAMESPACE)) {
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
            return;
        }
        if (e.is("error", "http://etherx.jabber.org/streams")) {
            StreamError error = StreamError.fromXml(e);
            owner.endStream(null, Duration.ofMillis(200));
            connectionLost(owner, new StreamErrorException(error, false), false);
            return;
        }
        synchronized (lock) {
            if (owner != transport) {
                return;
            }
            if (sm.isEnabled()) {
                sm.handledInbound();
            }
        }
        router.route(e);
    }

    /** Sends an answer to a request; a session that went down meanwhile just means no answer. */
    private void reply(Stanza response) {
        try {
            send(response);
        } catch (NotConnectedException e) {
            LOG.fine("could not answer " + response.id() + ": not connected");
        }
    }

    private void connectionLost(XmppTransport owner, Exception cause, boolean resumable) {
        boolean retry;
        synchronized (lock) {
            if (owner != transport || state != State.CONNECTED) {
                return;
            }
            owner.abort();
            retry = config.reconnect() && !endsForGood(cause);
            boolean canResume = resumable && sm.canResume();
            state = retry ? State.RECONNECTING : State.CLOSED;
            if (!canResume) {
                List<Stanza> lost = sm.handBack(cause);
                tracker.failAll(new NotConnectedException("connection lost: " + cause.getMessage()));
                if (!lost.isEmpty()) {
                    connectionListeners.forEach(l -> pool.execute(() -> l.unacknowledged(lost)));
                }
            }
        }
        LOG.log(Level.INFO, "connection lost: " + cause.getMessage());
        connectionListeners.forEach(l -> pool.execute(() -> l.connectionLost(cause, retry)));
        if (retry) {
            reconnector.schedule();
        } else {
            close(cause);
        }
    }

    /**
     * Stream errors after which reconnecting would be wrong: another session took our resource
     * (we would kick each other out for ever), or the account was disabled.
     */
    private static boolean endsForGood(Exception cause) {
        return cause instanceof StreamErrorException e && !e.isLocal()
                && (e.error().condition() == StreamErrorCondition.CONFLICT
                || e.error().condition() == StreamErrorCondition.NOT_AUTHORIZED
                || e.error().condition() == StreamErrorCondition.POLICY_VIOLATION);
    }

    /** One reconnection attempt; returns false to be tried again later. */
    private boolean reconnectOnce() {
        StreamManagement resume;
        synchronized (lock) {
            if (state != State.RECONNECTING) {
                return true;
            }
            resume = sm.canResume() ? sm : null;
        }
        try {
            establish(resume);
            return true;
        } catch (ConnectException e) {
            LOG.info("reconnect failed: " + e.getMessage());
            return false;
        } catch (StreamErrorException e) {
            // E.g. Prosody refuses a resumption whose queue overflowed with <failed/> and then a
            // resource-constraint stream error: the next attempt starts a fresh session.
            if (endsForGood(e)) {
                close(e);
                return true;
            }
            LOG.info("reconnect failed: " + e.getMessage());
            return false;
        } catch (XmppException e) {
            // TLS, authentication or protocol failures will not fix themselves by retrying.
            close(e);
            return true;
        }
    }

    private void startLiveness() {
        long period = Math.max(250, config.pingInterval().toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::checkLiveness, period, period, TimeUnit.MILLISECONDS);
    }

    /** Probes an idle connection and declares it dead when the probe goes unanswered. */
    private void checkLiveness() {
        XmppTransport t;
        synchronized (lock) {
            if (state != State.CONNECTED) {
                return;
            }
            t = transport;
        }
        switch (liveness.check(System.nanoTime(), t.lastReceivedNanos())) {
            case PROBE -> {
                if (isStreamManagementEnabled()) {
                    requestAck();
                } else {
                    query(Iq.get(null, XmlElement.empty("ping", PING_NS)), config.pingInterval());
                }
            }
            case DEAD -> connectionLost(t, new IOException("no answer from the server: the connection is dead"), true);
            case NOTHING -> {
            }
        }
    }

    /** Ends the session cleanly: waits briefly for outstanding acks, then closes the stream. */
    public void disconnect() {
        XmppTransport t;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            t = state == State.CONNECTED ? transport : null;
            state = State.CLOSED;
        }
        reconnector.cancel();
        if (t != null) {
            awaitAcks();
            t.endStream(Presence.builder().type(Presence.Type.UNAVAILABLE).build().toXml(), Duration.ofSeconds(2));
        }
        finish(null);
    }

    /** Gives the server a moment to acknowledge what is in flight, so a clean exit loses nothing. */
    private void awaitAcks() {
        CompletableFuture<Void> last;
        synchronized (lock) {
            last = sm.lastUnacked();
            if (last != null) {
                transport.send(StreamManagement.request());
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

    private void close(Exception cause) {
        XmppTransport t;
        synchronized (lock) {
            t = transport;
            state = State.CLOSED;
        }
        if (t != null) {
            t.close();
        }
        finish(cause);
    }

    private void finish(Exception cause) {
        List<Stanza> lost;
        synchronized (lock) {
            lost = sm.handBack(cause == null ? new NotConnectedException("disconnected") : cause);
        }
        tracker.failAll(new NotConnectedException("the session is closed"));
        for (ConnectionListener l : connectionListeners) {
            pool.execute(() -> {
                if (!lost.isEmpty()) {
                    l.unacknowledged(lost);
                }
                l.closed(cause);
            });
        }
        scheduler.schedule(this::shutdownExecutors, 1, TimeUnit.SECONDS);
    }

    private void shutdownExecutors() {
        scheduler.shutdownNow();
        pool.shutdown();
    }

    @Override
    public void close() {
        disconnect();
    }

    /** Test and diagnostics hook: cuts the TCP connection as a network failure would. */
    public void abortConnection() {
        synchronized (lock) {
            if (transport != null) {
                transport.abort();
            }
        }
    }

    /** Stanzas sent but not yet acknowledged by the server (0 without Stream Management). */
    public int unacknowledgedCount() {
        synchronized (lock) {
            return sm.unackedCount();
        }
    }
}
