package im.parley.client.call;

import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.extdisco.ExternalService;
import im.parley.xmpp.ext.extdisco.ExternalServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The STUN and TURN servers the account's own server announces (XEP-0215), asked in the background
 * as soon as a session is bound and kept until the earliest credentials expire (at most ten
 * minutes). A call never waits long for them: when the answer is not in yet it waits at most
 * {@link #CALL_WAIT} and then starts with host candidates and the manual settings (a slow server
 * took up to 6 s to answer, and the first call of a process waited for it). A server without the
 * service (Prosody without mod_external_services answers an error) gives none.
 */
final class DiscoveredIceServers {
    private static final Logger LOG = Logger.getLogger(DiscoveredIceServers.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(10);
    static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);
    /** Enough for a server on the same continent to answer; short enough not to be noticed. */
    static final Duration CALL_WAIT = Duration.ofMillis(200);

    private final Supplier<CompletableFuture<List<ExternalService>>> ask;
    private final Duration callWait;
    private final Clock clock;
    private List<IceServer> servers = List.of();
    private Instant validUntil = Instant.MIN;
    /** The question in flight, or null. */
    private CompletableFuture<List<IceServer>> asking;

    DiscoveredIceServers(Supplier<CompletableFuture<List<ExternalService>>> ask, Duration callWait, Clock clock) {
        this.ask = ask;
        this.callWait = callWait;
        this.clock = clock;
    }

    /**
     * Asks {@code client}'s server each time a session is bound, and now when one already is; the
     * listener's removal goes into {@code registrations}.
     */
    static DiscoveredIceServers askingAtBringUp(XmppClient client, List<Registration> registrations) {
        DiscoveredIceServers discovered = new DiscoveredIceServers(() -> askServer(client), CALL_WAIT, Clock.systemUTC());
        registrations.add(client.addConnectionListener(new ConnectionListener() {
            @Override
            public void connected(Jid boundJid) {
                discovered.refresh();
            }
        }));
        if (client.isConnected()) {
            discovered.refresh();
        }
        return discovered;
    }

    private static CompletableFuture<List<ExternalService>> askServer(XmppClient client) {
        Jid server = Jid.domain(client.jid().domain());
        return client.query(ExternalServiceDiscovery.servicesRequest(server, null), ASK_TIMEOUT).thenApply(result -> {
            try {
                return ExternalServiceDiscovery.services(result);
            } catch (PayloadFormatException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Asks again in the background, unless a question is already in flight. */
    synchronized CompletableFuture<List<IceServer>> refresh() {
        if (asking != null) {
            return asking;
        }
        CompletableFuture<List<IceServer>> question = new CompletableFuture<>();
        asking = question;
        CompletableFuture<List<ExternalService>> answer;
        try {
            answer = ask.get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((services, failure) -> answered(question, services, failure));
        return question;
    }

    private void answered(CompletableFuture<List<IceServer>> question, List<ExternalService> services, Throwable failure) {
        List<IceServer> now;
        synchronized (this) {
            Instant at = clock.instant();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                servers = IceServers.fromExternalServices(services, at);
                validUntil = services.stream().map(ExternalService::expires).filter(e -> e != null)
                        .min(Instant::compareTo).filter(e -> e.isBefore(at.plus(KEEP))).orElse(at.plus(KEEP));
            } else if (cause instanceof NotConnectedException) {
                // Nothing learnt: the next bound session asks again.
                servers = List.of();
            } else {
                LOG.log(Level.FINE, "no STUN/TURN services from our server", cause);
                servers = List.of();
                validUntil = at.plus(KEEP);
            }
            if (asking == question) {
                asking = null;
            }
            now = servers;
        }
        question.complete(now);
    }

    /**
     * The servers for a call starting now; called on the call thread. What was kept while it is
     * valid; otherwise the answer to a question (asked now if none is in flight) when it comes
     * within {@link #CALL_WAIT}, else none.
     */
    List<IceServer> current() {
        CompletableFuture<List<IceServer>> question;
        synchronized (this) {
            if (clock.instant().isBefore(validUntil)) {
                return servers;
            }
            question = refresh();
        }
        try {
            return question.get(callWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info(() -> "our server has not said which STUN/TURN servers to use within " + callWait.toMillis()
                    + " ms; the call starts without them");
            return List.of();
        } catch (ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
