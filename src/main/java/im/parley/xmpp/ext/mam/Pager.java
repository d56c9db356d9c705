package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.rsm.PageRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Walks an archive page by page through RSM (§4.3): forward with after = the last page's last id,
 * backward with before = its first id. Stops when the server says complete, on an empty page, when
 * the handler says so, or when a page does not move (a broken server would loop otherwise).
 */
final class Pager {
    private static final Logger LOG = Logger.getLogger(Pager.class.getName());

    private final Function<PageRequest, CompletableFuture<MamPage>> source;
    private final int max;
    private final PageHandler handler;

    Pager(Function<PageRequest, CompletableFuture<MamPage>> source, int max, PageHandler handler) {
        if (max < 1) {
            throw new IllegalArgumentException("a page holds at least one message: " + max);
        }
        this.source = source;
        this.max = max;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** From just after {@code afterId} (null: the oldest message) to the newest. */
    CompletableFuture<PagingResult> forward(String afterId) {
        return step(true, afterId, new PagingResult(0, 0, afterId, false));
    }

    /** From just before {@code beforeId} (null: the newest message) to the oldest. */
    CompletableFuture<PagingResult> backward(String beforeId) {
        return step(false, beforeId, new PagingResult(0, 0, beforeId, false));
    }

    private CompletableFuture<PagingResult> step(boolean forward, String from, PagingResult sofar) {
        PageRequest request = forward ? new PageRequest(max, from, null, null)
                : new PageRequest(max, null, from == null ? "" : from, null);
        return source.apply(request).thenCompose(page -> {
            String edge = forward ? page.set().last() : page.set().first();
            PagingResult now = new PagingResult(sofar.pages() + 1, sofar.messages() + page.messages().size(),
                    edge == null ? sofar.cursor() : edge, false);
            boolean end = page.complete() || page.messages().isEmpty();
            return handOver(page).thenCompose(goOn -> {
                if (end) {
                    return CompletableFuture.completedFuture(
                            new PagingResult(now.pages(), now.messages(), now.cursor(), true));
                }
                if (!goOn || stuck(from, now.cursor())) {
                    return CompletableFuture.completedFuture(now);
                }
                return step(forward, now.cursor(), now);
            });
        });
    }

    /** A handler that throws fails the paging, as one whose stage fails does. */
    private CompletableFuture<Boolean> handOver(MamPage page) {
        return CompletableFuture.completedFuture(page).thenCompose(handler::onPage).thenApply(Boolean.TRUE::equals);
    }

    private static boolean stuck(String from, String to) {
        if (Objects.equals(from, to)) {
            LOG.warning(() -> "the archive's page did not move past " + from + "; paging stopped");
            return true;
        }
        return false;
    }
}
