package im.parley.archive.search;

import java.time.Instant;

/**
 * A place in the newest-first order of hits, for paging: the next page is what comes strictly after it,
 * that is older, or as old with a smaller key. A time alone would skip or repeat hits that share a
 * millisecond across a page boundary; the key makes the order total.
 */
public record SearchCursor(Instant time, long messageKey) {
    /** Everything strictly older than {@code time}. */
    public static SearchCursor before(Instant time) {
        return new SearchCursor(time, Long.MIN_VALUE);
    }
}
