package im.parley.xmpp.ext.rsm;

import java.util.Optional;

/**
 * The bounds of the page an answer returned (§2.1). An empty page has neither first nor last.
 *
 * @param first the id of the page's first item, or null
 * @param firstIndex the position of the first item in the whole set, or null when not given
 * @param last the id of the page's last item, or null
 * @param count the number of items in the whole set, possibly approximate, or null when not given
 */
public record Page(String first, Integer firstIndex, String last, Integer count) implements ResultSet {
    public Page {
        if (firstIndex != null && first == null) {
            throw new IllegalArgumentException("an index belongs to a <first/> item");
        }
        if (firstIndex != null && firstIndex < 0) {
            throw new IllegalArgumentException("the index of <first/> must not be negative: " + firstIndex);
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("<count/> must not be negative: " + count);
        }
    }

    public boolean isEmpty() {
        return first == null && last == null;
    }

    /** The request for up to {@code max} items after this page; none after an empty page. */
    public Optional<PageRequest> next(int max) {
        return Optional.ofNullable(last).map(id -> new PageRequest(max, id, null, null));
    }

    /** The request for up to {@code max} items before this page; none before an empty page. */
    public Optional<PageRequest> previous(int max) {
        return Optional.ofNullable(first).map(id -> new PageRequest(max, null, id, null));
    }
}
