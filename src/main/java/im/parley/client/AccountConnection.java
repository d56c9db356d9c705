package im.parley.client;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.Backoff;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.StreamErrorException;
import im.parley.xmpp.transport.ConnectException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps an account connected while the user wants it online: one attempt at a time on its own
 * thread, each on a fresh session the account opens; after a passing failure (the network, a
 * stream error that may clear) another attempt after a growing wait; none once retrying cannot
 * help (authentication or certificate refused, the account disabled). It holds the account's
 * state and tells each change as an event; the account says when a session is online, since
 * that comes in the middle of bringing it up.
 *
 * <p>Lock order: this connection's lock, then the account's (taken by {@code current} and
 * {@code open}); the account never calls in here while holding its own.
 */
final class AccountConnection implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AccountConnection.class.getName());

    private final Jid jid;
    private final Supplier<AccountSession> current;
    private final Supplier<AccountSession> open;
    private final Consumer<AccountEvent> publish;
    private final EventStream<AccountEvent> events;
    private final ScheduledExecutorService connector =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("parley-account-connect"));
    private final Object lock = new Object();
    private ScheduledFuture<?> retry;
    private int failures;
    /** Follows the session of the latest attempt; replaced with it. */
    private Registration following = () -> { };
    /** Whether the user wants the account online; written under {@code lock}. */
    private volatile boolean wantOnline;
    /** Orders state changes: none but offline or failed is told once the user went offline. */
    private final Object stateLock = new Object();
    private volatile AccountState state = new AccountState.Offline();

    /**
     * @param current the account's session of the moment, or null before the first attempt
     * @param open a fresh session in place of the current one, which is left open for this connection to close
     * @param publish how a state change is told
     * @param events where the account's events come out, to wait for the first bound session
     */
    AccountConnection(Jid jid, Supplier<AccountSession> current, Supplier<AccountSession> open,
                      Consumer<AccountEvent> publish, EventStream<AccountEvent> events) {
        this.jid = jid;
        this.current = current;
        this.open = open;
        this.publish = publish;
        this.events = events;
    }

    AccountState state() {
        return state;
    }

    /**
     * Starts attempting at once, unless the user wanted the account online already. The future
     * completes at the first bound session, or fails when the account cannot connect for good.
     */
    CompletableFuture<Void> start() {
        CompletableFuture<Void> online = new CompletableFuture<>();
        Registration waiting = events.subscribe(e -> {
            if (e instanceof AccountEvent.ConnectionChanged c) {
                if (c.state() instanceof AccountState.Online) {
                    online.complete(null);
                } else if (c.state() instanceof AccountState.Failed f) {
                    online.completeExceptionally(f.cause() != null ? f.cause() : new IllegalStateException(f.reason()));
                }
            }
        });
        online.whenComplete((ok, error) -> waiting.close());
        synchronized (lock) {
            if (wantOnline) {
                // Online already, or on the way there (connecting, reconnecting): nothing to start.
                AccountSession s = current.get();
                if (s != null && s.client().isConnected()) {
                    online.complete(null);
                }
                return online;
            }
            wantOnline = true;
            failures = 0;
            retry = connector.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
        }
        return online;
    }

    /** Stops retrying and closes the session of the moment cleanly: the account is offline. */
    void stop() {
        synchronized (lock) {
            wantOnline = false;
            if (retry != null) {
                retry.cancel(false);
            }
        }
        // Read after: an attempt under way has opened its session by now, or will see it is not wanted.
        AccountSession s = current.get();
        if (s != null) {
            s.close();
        }
        moveTo(new AccountState.Offline());
    }

    /** The account's session is bound ({@code resumed}: the previous one continues). */
    void online(boolean resumed) {
        moveTo(new AccountState.Online(resumed));
    }

    /** One connection attempt on the connector thread; schedules the next on a passing failure. */
    private void attempt() {
        AccountSession fresh;
        AccountSession previous;
        synchronized (lock) {
            if (!wantOnline) {
                return;
            }
            previous = current.get();
            following.close();
            fresh = open.get();
            following = fresh.client().addConnectionListener(new Follower(fresh));
        }
        if (previous != null) {
            // Ended already when its failure brought us here; closing it again does nothing.
            previous.close();
        }
        moveTo(new AccountState.Connecting());
        try {
            fresh.connect();
            synchronized (lock) {
                failures = 0;
            }
        } catch (XmppException | RuntimeException e) {
            failed(fresh, e);
        }
    }

    /** A session ended or could not start: retry later when that can help, else give up. */
    private void failed(AccountSession s, Exception cause) {
        boolean passing = cause == null || cause instanceof ConnectException
                || (cause instanceof StreamErrorException se && !se.endsForGood());
        Instant next = null;
        synchronized (lock) {
            if (s != current.get() || !wantOnline) {
                return;
            }
            if (passing) {
                long delay = Backoff.delayMillis(failures++);
                retry = connector.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
                next = Instant.now().plusMillis(delay);
            } else {
                wantOnline = false;
            }
        }
        if (next != null) {
            moveTo(new AccountState.Reconnecting(next, reason(cause)));
            return;
        }
        LOG.log(Level.INFO, "account " + jid + " gave up", cause);
        moveTo(new AccountState.Failed(reason(cause), cause));
    }

    private static String reason(Exception cause) {
        return cause == null ? "the connection ended" : cause.getMessage();
    }

    private void moveTo(AccountState next) {
        synchronized (stateLock) {
            boolean settled = next instanceof AccountState.Offline || next instanceof AccountState.Failed;
            if (!settled && !wantOnline) {
                return;
            }
            state = next;
            publish.accept(new AccountEvent.ConnectionChanged(next));
        }
    }

    /** Stops following the session and ends the connector thread; after {@link #stop}. */
    @Override
    public void close() {
        synchronized (lock) {
            following.close();
        }
        connector.shutdownNow();
    }

    /** Follows one session's drops, the engine's own reconnection and its end; its events come in order. */
    private final class Follower implements ConnectionListener {
        private final AccountSession owner;
        private String lastCause = "the connection dropped";

        Follower(AccountSession owner) {
            this.owner = owner;
        }

        @Override
        public void connectionLost(Exception cause, boolean willRetry) {
            lastCause = reason(cause);
            if (willRetry) {
                moveTo(new AccountState.Reconnecting(null, lastCause));
            }
        }

        @Override
        public void reconnecting(Instant nextAttempt) {
            moveTo(new AccountState.Reconnecting(nextAttempt, lastCause));
        }

        @Override
        public void closed(Exception cause) {
            if (cause != null) {
                failed(owner, cause);
            }
        }
    }
}
