package im.parley.client.profile;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Brings avatars into the cache: a hash the cache holds (the archive's, across restarts) is never
 * fetched, and a hash being fetched is fetched once however often it is announced meanwhile (on
 * connecting, a contact's PEP metadata and vCard hash name the same picture at the same moment).
 */
final class AvatarLoader {
    private final AvatarCache cache;
    private final Map<String, CompletableFuture<Boolean>> fetching = new ConcurrentHashMap<>();

    AvatarLoader(AvatarCache cache) {
        this.cache = cache;
    }

    /**
     * Completes true once the avatar {@code sha1} is in the cache: at once when it is there,
     * else after {@code fetch} got it (checked against its hash by the fetcher) and it was put;
     * false when the fetch failed.
     */
    CompletableFuture<Boolean> load(String sha1, Supplier<CompletableFuture<byte[]>> fetch) {
        if (cache.contains(sha1)) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = fetching.putIfAbsent(sha1, mine);
        if (running != null) {
            return running;
        }
        CompletableFuture<byte[]> fetched;
        try {
            fetched = fetch.get();
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.handle((image, failure) -> {
            if (failure != null) {
                return false;
            }
            cache.put(sha1, image);
            return true;
        }).whenComplete((ok, failure) -> {
            fetching.remove(sha1, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(ok);
            }
        });
        return mine;
    }
}
