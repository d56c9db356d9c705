package im.parley.xmpp.session;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Pairs IQ requests with their responses (RFC 6120 §8.2.3). A response counts only when both its
 * id and its sender match the request, so a forged result from another entity is ignored and the
 * request stays pending until the real answer or its timeout.
 */
public final class IqTracker {
    private record Pending(Jid to, CompletableFuture<Iq> future, AtomicReference<ScheduledFuture<?>> timeout) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Supplier<Jid> ownJid;

    /** {@code ownJid} gives the bound full JID, used to accept answers from our own account. */
    public IqTracker(ScheduledExecutorService timer, Supplier<Jid> ownJid) {
        this.timer = timer;
        this.ownJid = ownJid;
    }

    /** Registers a request before it is sent; the future fails with {@link ReplyTimeoutException} after {@code timeout}. */
    public CompletableFuture<Iq> register(Iq request, Duration timeout) {
        CompletableFuture<Iq> future = new CompletableFuture<>();
        String id = request.id();
        Pending entry = new Pending(request.to(), future, new AtomicReference<>());
        if (pending.putIfAbsent(id, entry) != null) {
            future.completeExceptionally(new IllegalArgumentException("an IQ with id " + id + " is already pending"));
            return future;
        }
        entry.timeout().set(timer.schedule(() -> {
            // Remove only this request's entry: a later request may reuse the id once this one is gone.
            if (pending.remove(id, entry)) {
                future.completeExceptionally(new ReplyTimeoutException(
                        "no response to iq " + id + " from " + describe(request.to()) + " within " + timeout.toSeconds() + " s"));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS));
        return future;
    }

    /** Offers a result or error; returns false when it answers nothing we asked (or comes from the wrong sender). */
    public boolean accept(Iq response) {
        if (response.type().isRequest() || response.id() == null) {
            return false;
        }
        Pending p = pending.get(response.id());
        if (p == null || !senderMatches(p.to(), response.from())) {
            return false;
        }
        if (!pending.remove(response.id(), p)) {
            return false;
        }
        cancel(p);
        if (response.type() == Iq.Type.RESULT) {
            p.future().complete(response);
        } else {
            StanzaError error = response.error().orElse(StanzaError.of(
                    im.parley.xmpp.stanza.StanzaErrorCondition.UNDEFINED_CONDITION));
            p.future().completeExceptionally(new StanzaErrorException(error, response));
        }
        return true;
    }

    /** Fails one pending request, e.g. when it could not be sent. */
    public void fail(String id, Throwable cause) {
        Pending p = pending.remove(id);
        if (p != null) {
            cancel(p);
            p.future().completeExceptionally(cause);
        }
    }

    /** Fails every pending request, e.g. when the session ends without resumption. */
    public void failAll(Throwable cause) {
        for (String id : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(id);
            if (p != null) {
                cancel(p);
                p.future().completeExceptionally(cause);
            }
        }
    }

    private static void cancel(Pending p) {
        ScheduledFuture<?> task = p.timeout().get();
        if (task != null) {
            task.cancel(false);
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    /**
     * RFC 6120 §10.1 and §8.1.2.1: a request to X is answered from X. A request with no 'to', or
     * to our own bare JID, is answered by our server on our behalf: from absent, our bare JID, or
     * our full JID (and from our domain when the request had no 'to'). A request to a contact's
     * bare JID is answered by that contact's server on its behalf, so from that bare JID too.
     */
    boolean senderMatches(Jid requestTo, Jid responseFrom) {
        Jid own = ownJid.get();
        boolean toSelf = requestTo == null || (own != null && requestTo.equals(own.bare()));
        if (toSelf) {
            return responseFrom == null || (own != null && (responseFrom.equals(own.bare())
                    || responseFrom.equals(own) || responseFrom.equals(own.domainJid()) && requestTo == null));
        }
        if (responseFrom == null) {
            return false;
        }
        return responseFrom.equals(requestTo);
    }

    private static String describe(Jid to) {
        return to == null ? "the server" : to.toString();
    }
}
