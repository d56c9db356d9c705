package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.ext.sm.StreamManagement;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.routing.IqHandler;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.StreamEvent;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One account's XMPP session: connects, keeps the connection alive, resumes it with Stream
 * Management after a drop, and routes stanzas. Sending never blocks on the network; listeners
 * run on a dispatcher pool, in order per sender, never on the reader thread, and a full dispatch
 * queue stops reading from the socket rather than growing memory. Connection events arrive in
 * the order they happened, on one thread of their own; reconnection runs on another, so that a
 * certificate prompt never delays IQ timeouts or liveness.
 */
public final class XmppClient implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(XmppClient.class.getName());
    private static final String PING_NS = "urn:xmpp:ping";
    /** Stanzas decoded and waiting for their listeners before reading from the socket pauses. */
    static final int DISPATCH_CAPACITY = 2_000;

    private final ClientConfig config;
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService reconnects;
    private final ExecutorService pool;
    private final ExecutorService events;
    private final IqTracker tracker;
    private final OrderedDispatcher dispatcher;
    private final CodecRegistry codecs = new CodecRegistry();
    private final StanzaRouter router;
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong idCounter = new AtomicLong();
    private final String idPrefix = Long.toString(System.nanoTime() & 0xFFFFFF, 36) + "-";
    private final Reconnector reconnector;
    private final LivenessMonitor liveness;
    private final LiveStream stream;

    private volatile Jid boundJid;
    private volatile XmlElement features;
    private volatile String mechanism;
    private volatile boolean compressed;

    public XmppClient(ClientConfig config) {
        this.config = config;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("parley-timer"));
        this.reconnects = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("parley-reconnect"));
        this.pool = Executors.newCachedThreadPool(DaemonThreads.named("parley-dispatch"));
        this.events = Executors.newSingleThreadExecutor(DaemonThreads.named("parley-connection-events"));
        this.tracker = new IqTracker(scheduler, () -> boundJid);
        this.dispatcher = new OrderedDispatcher(pool, DISPATCH_CAPACITY);
        this.router = new StanzaRouter(dispatcher, config.serverOrder(), tracker, codecs, this::reply);
        this.reconnector = new Reconnector(reconnects, this::reconnectOnce, next -> tell(l -> l.reconnecting(next)));
        this.liveness = new LivenessMonitor(config.pingInterval(), config.replyTimeout());
        this.stream = new LiveStream(pool);
    }

    public ClientConfig config() {
        return config;
    }

    /** Connects, authenticates and binds; returns once the session is usable. */
    public void connect() throws XmppException {
        LiveStream.State before = stream.begin();
        if (before != LiveStream.State.NEW) {
            throw new IllegalStateException("connect() is called once per client; state is " + before);
        }
        try {
            establish(null);
        } catch (XmppException | RuntimeException e) {
            stream.close();
            shutdownExecutors();
            throw e;
        }
        startLiveness();
    }

    /** Negotiates a session (resuming {@code resume} when given) and puts it to work. */
    private void establish(StreamManagement resume) throws XmppException {
        StreamNegotiator.Outcome outcome = StreamNegotiator.negotiateAny(config, resume);
        if (!outcome.resumed()) {
            boundJid = outcome.boundJid();
        }
        features = outcome.features();
        mechanism = outcome.mechanism();
        compressed = outcome.compressed();
        liveness.reset();
        if (!outcome.resumed() && resume != null) {
            tracker.failAll(new NotConnectedException("the session was lost and could not be resumed"));
        }
        LiveStream.Adopted adopted = stream.adopt(outcome, new TransportListener(outcome.transport()));
        if (adopted == null) {
            return;
        }
        for (XmlElement early : outcome.early()) {
            router.route(early);
        }
        Jid jid = boundJid;
        tell(l -> {
            if (adopted.resumed()) {
                l.resumed();
            } else {
                if (!adopted.handedBack().isEmpty()) {
                    l.unacknowledged(adopted.handedBack());
                }
                l.connected(jid);
            }
        });
    }

    /** Events go out one at a time, in order, to the listeners registered when they happened. */
    private void tell(Consumer<ConnectionListener> event) {
        List<ConnectionListener> registered = List.copyOf(connectionListeners);
        try {
            events.execute(() -> registered.forEach(l -> {
                try {
                    event.accept(l);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "connection listener failed", e);
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.fine("connection event after shutdown dropped");
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
        return stream.state() == LiveStream.State.CONNECTED;
    }

    public boolean isStreamManagementEnabled() {
        return stream.isStreamManagementEnabled();
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
        stream.send(withId(stanza));
    }

    /**
     * Sends a stanza; the future completes once the server has acknowledged it (Stream
     * Management), or, without SM, once a ping sent after it is answered: the server handles a
     * stream's stanzas in order.
     */
    public CompletableFuture<Void> sendAcknowledged(Stanza stanza) {
        try {
            CompletableFuture<Void> acked = stream.send(withId(stanza));
            if (acked != null) {
                stream.requestAck();
                return acked.orTimeout(config.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            return query(Iq.get(null, XmlElement.empty("ping", PING_NS))).thenApply(r -> null);
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends a top-level element that is not a stanza (a nonza, e.g. XEP-0352's {@code <active/>}).
     * It is not counted by Stream Management (XEP-0198 §4 counts stanzas only), so it is not
     * queued while a session waits to be resumed: a nonza describes the current stream.
     */
    public void sendNonza(XmlElement nonza) throws NotConnectedException {
        stream.sendNonza(nonza);
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
            stream.send(withId);
        } catch (NotConnectedException e) {
            tracker.fail(withId.id(), e);
            return CompletableFuture.failedFuture(e);
        }
        // Continuations run on the pool, never in the sender's dispatch lane that matched the answer.
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

    /**
     * Answers IQ requests of one kind; an unhandled request is answered feature-not-implemented.
     * One handler per kind: a second one fails, since it would silently replace the first.
     */
    public Registration addIqHandler(IqHandlerKey key, IqHandler handler) {
        return router.addIqHandler(key, handler);
    }

    /** This session's payload codecs: a request whose payload one finds malformed is answered with its error. */
    public CodecRegistry codecs() {
        return codecs;
    }

    /** Takes the stanzas {@code claim} owns away from the generic listeners and handlers. */
    public Registration addClaim(StanzaClaim claim) {
        return router.addClaim(claim);
    }

    /** Listens to incoming messages; called on the dispatcher, in order per sender. */
    public Registration addMessageListener(Consumer<Message> listener) {
        return router.addMessageListener(listener);
    }

    /** Listens to incoming presence; called on the dispatcher, in order per sender. */
    public Registration addPresenceListener(Consumer<Presence> listener) {
        return router.addPresenceListener(listener);
    }

    /** Listens to the session's life cycle; events come one at a time, in order. */
    public Registration addConnectionListener(ConnectionListener listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
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
            stream.onSmElement(owner, e);
            return;
        }
        if (e.is("error", "http://etherx.jabber.org/streams")) {
            StreamError error = StreamError.fromXml(e);
            owner.endStream(null, Duration.ofMillis(200));
            connectionLost(owner, new StreamErrorException(error, false), false);
            return;
        }
        if (stream.countInbound(owner)) {
            router.route(e);
        }
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
        boolean retry = config.reconnect() && !(cause instanceof StreamErrorException e && e.endsForGood());
        List<Stanza> lost = stream.lose(owner, cause, resumable, retry);
        if (lost == null) {
            return;
        }
        if (stream.resumable() == null) {
            tracker.failAll(new NotConnectedException("connection lost: " + cause.getMessage(), cause));
        }
        LOG.log(Level.INFO, "connection lost: " + cause.getMessage());
        tell(l -> {
            if (!lost.isEmpty()) {
                l.unacknowledged(lost);
            }
            l.connectionLost(cause, retry);
        });
        if (retry) {
            scheduleReconnect();
        } else {
            close(cause);
        }
    }

    private void scheduleReconnect() {
        Instant next = reconnector.schedule();
        if (next != null) {
            tell(l -> l.reconnecting(next));
        }
    }

    /** One reconnection attempt; returns false to be tried again later. */
    private boolean reconnectOnce() {
        if (stream.state() != LiveStream.State.RECONNECTING) {
            return true;
        }
        try {
            establish(stream.resumable());
            return true;
        } catch (ConnectException e) {
            LOG.info("reconnect failed: " + e.getMessage());
            return false;
        } catch (StreamErrorException e) {
            // E.g. Prosody's <failed/> then resource-constraint for an overflowed resumption: start afresh.
            if (e.endsForGood()) {
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

    /**
     * Probes an idle connection and declares it dead when the probe goes unanswered. While the
     * dispatch queue is full we are not reading on purpose; silence then proves nothing.
     */
    private void checkLiveness() {
        XmppTransport t = stream.connectedTransport();
        if (t == null) {
            return;
        }
        if (dispatcher.isFull()) {
            liveness.reset();
            return;
        }
        switch (liveness.check(System.nanoTime(), t.lastReceivedNanos())) {
            case PROBE -> {
                if (isStreamManagementEnabled()) {
                    stream.requestAck();
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
        LiveStream.State before = stream.end();
        if (before == LiveStream.State.CLOSED) {
            return;
        }
        reconnector.cancel();
        XmppTransport t = before == LiveStream.State.CONNECTED ? stream.close() : null;
        if (t != null) {
            stream.awaitAcks(t);
            t.endStream(Presence.builder().type(Presence.Type.UNAVAILABLE).build().toXml(), Duration.ofSeconds(2));
        }
        finish(null);
    }

    private void close(Exception cause) {
        XmppTransport t = stream.close();
        if (t != null) {
            t.close();
        }
        finish(cause);
    }

    private void finish(Exception cause) {
        List<Stanza> lost = stream.handBack(cause == null ? new NotConnectedException("disconnected") : cause);
        tracker.failAll(new NotConnectedException("the session is closed"));
        tell(l -> {
            if (!lost.isEmpty()) {
                l.unacknowledged(lost);
            }
            l.closed(cause);
        });
        try {
            scheduler.schedule(this::shutdownExecutors, 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException alreadyDown) { // by a connect() failing meanwhile
            shutdownExecutors();
        }
    }

    private void shutdownExecutors() {
        scheduler.shutdownNow();
        reconnects.shutdownNow();
        events.shutdown();
        pool.shutdown();
    }

    @Override
    public void close() {
        disconnect();
    }

    /** Test and diagnostics hook: cuts the TCP connection as a network failure would. */
    public void abortConnection() {
        stream.abort();
    }

    /** Stanzas sent but not yet acknowledged by the server (0 without Stream Management). */
    public int unacknowledgedCount() {
        return stream.unacknowledgedCount();
    }
}
