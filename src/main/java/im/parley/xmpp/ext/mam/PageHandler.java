package im.parley.xmpp.ext.mam;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Takes the pages of a sync one at a time: the next page is asked for only once the stage this
 * returns has completed, so a page can be stored before the next one arrives.
 */
@FunctionalInterface
public interface PageHandler {
    /** Completes with true to go on paging, false to stop; failing stops the paging with that failure. */
    CompletionStage<Boolean> onPage(MamPage page);

    /** Hands every page to {@code consumer} and always goes on. */
    static PageHandler each(Consumer<MamPage> consumer) {
        return page -> {
            consumer.accept(page);
            return CompletableFuture.completedFuture(true);
        };
    }
}
