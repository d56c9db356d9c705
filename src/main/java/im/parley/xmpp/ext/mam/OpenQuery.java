package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ProtocolException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The results gathered so far for one query the server has not finished. Once closed it takes
 * nothing more: a result after the fin is late or forged (the XEP has results come first, §4).
 */
final class OpenQuery {
    private static final Logger LOG = Logger.getLogger(OpenQuery.class.getName());
    final String queryId;
    /** The archive's bare JID; null for the user's own archive. */
    final Jid archive;
    private final List<ArchivedMessage> messages = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private Set<String> awaited = Set.of();
    private CompletableFuture<Void> arrived;
    private boolean closed;

    OpenQuery(String queryId, Jid archive) {
        this.queryId = queryId;
        this.archive = archive;
    }

    /** Adds a result; returns why it was refused, or null when taken. */
    synchronized String add(ArchivedMessage m) {
        if (closed) {
            return "it came after the query's fin";
        }
        if (!ids.add(m.id())) {
            return "the query already had archive id " + m.id();
        }
        messages.add(m);
        if (arrived != null && ids.containsAll(awaited)) {
            arrived.complete(null);
        }
        return null;
    }

    /**
     * Completes once the page's first and last results are here. They normally are when the fin
     * arrives; this guards against a server whose results and fin travel in different dispatch
     * lanes (a 'from' on one but not the other), so none is lost by completing too early.
     */
    private synchronized CompletableFuture<Void> awaitBounds(Page page) {
        Set<String> bounds = new HashSet<>();
        if (page.first() != null) {
            bounds.add(page.first());
        }
        if (page.last() != null) {
            bounds.add(page.last());
        }
        if (ids.containsAll(bounds)) {
            return CompletableFuture.completedFuture(null);
        }
        // Worth knowing: it means results and fin came apart, which §4 does not allow.
        LOG.info(() -> "query " + queryId
                + " got its fin before the results it names; waiting for them");
        awaited = bounds;
        arrived = new CompletableFuture<>();
        return arrived;
    }

    /**
     * The page the fin ends, once its first and last results are here (at most {@code wait}
     * later); fails with a {@link ProtocolException} when they never come.
     */
    CompletableFuture<MamPage> finish(MamFin fin, Duration wait) {
        return awaitBounds(fin.page()).orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).handle((ok, timeout) -> {
            if (timeout != null) {
                throw new CompletionException(new ProtocolException("the fin of query " + queryId
                        + " names results that never came (first " + fin.page().first() + ", last "
                        + fin.page().last() + ")"));
            }
            return new MamPage(close(), fin.complete(), fin.stable(), fin.page());
        });
    }

    /** Takes nothing more; returns what was gathered, in order of arrival. */
    synchronized List<ArchivedMessage> close() {
        closed = true;
        return List.copyOf(messages);
    }
}
