package im.parley.xmpp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Keeps a list the server pushes changes to (the roster, the block list) in the server's order
 * when it is also fetched whole. A push that arrives while a fetch is out is held and applied
 * after the fetch's result: the server sent it after the result, but the result may be handled on
 * the thread that asked (when it came before the caller attached its handler), so without this a
 * push could be applied first and then wiped by the older whole list.
 */
public final class FetchOrder {
    private final Object lock = new Object();
    private int fetching;
    private final List<Runnable> held = new ArrayList<>();

    /** Runs {@code fetch}, whose result applies the whole list; pushes meanwhile wait for it. */
    public <T> CompletableFuture<T> fetch(Supplier<CompletableFuture<T>> fetch) {
        synchronized (lock) {
            fetching++;
        }
        CompletableFuture<T> answered;
        try {
            answered = fetch.get();
        } catch (RuntimeException e) {
            answered = CompletableFuture.failedFuture(e);
        }
        return answered.whenComplete((ok, failure) -> release());
    }

    /** Applies a push now, or after the fetches that are out. */
    public void push(Runnable apply) {
        synchronized (lock) {
            if (fetching > 0) {
                held.add(apply);
                return;
            }
        }
        apply.run();
    }

    private void release() {
        List<Runnable> release;
        synchronized (lock) {
            fetching--;
            if (fetching > 0 || held.isEmpty()) {
                return;
            }
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(Runnable::run);
    }
}
