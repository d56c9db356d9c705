package im.parley.xmpp.ext.receipts;

import im.parley.xmpp.jid.Jid;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The receipts we wait for, by message id. Pure bookkeeping, apart from the session so the
 * hostile cases (unknown id, wrong sender) can be tested without a server.
 */
public final class ReceiptTracker {
    private static final Logger LOG = Logger.getLogger(ReceiptTracker.class.getName());

    /** What we wait for: a receipt for this id, from this bare JID. */
    private record Pending(Jid from, CompletableFuture<String> future) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** A future completing with {@code id} once {@code to}'s bare JID acknowledges it. */
    public CompletableFuture<String> await(String id, Jid to) {
        CompletableFuture<String> future = new CompletableFuture<>();
        Pending p = new Pending(to.bare(), future);
        Pending previous = pending.put(id, p);
        if (previous != null) {
            previous.future().cancel(false);
        }
        // Whoever gives up (timeout, cancel) must not leave the entry behind.
        future.whenComplete((v, e) -> pending.remove(id, p));
        return future;
    }

    /** Applies a receipt; true if it completed a wait, false if it was ignored. */
    public boolean received(Jid from, ReceiptReceived receipt) {
        Pending p = pending.get(receipt.id());
        if (p == null) {
            LOG.fine(() -> "receipt for an id we are not waiting for: " + receipt.id());
            return false;
        }
        // Ids are guessable and anyone can send us a receipt: only the recipient may acknowledge.
        if (from == null || !p.from().equals(from.bare())) {
            LOG.warning(() -> "receipt for " + receipt.id() + " from " + from + ", but it was sent to " + p.from());
            return false;
        }
        return p.future().complete(receipt.id());
    }

    public boolean isAwaiting(String id) {
        return pending.containsKey(id);
    }
}
