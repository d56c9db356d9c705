package im.parley.xmpp.ext.rsm;

/**
 * The page a request asks for (§2). Item ids are opaque to us (§2.2): they are compared and sent
 * back exactly as the server gave them.
 *
 * @param max at most this many items; 0 asks for the count only (§2.6); null leaves it to the server
 * @param after the page starts right after the item with this id, or null
 * @param before the page ends right before the item with this id; the empty string asks for the
 *               last page (§2.4); null when absent
 * @param index the page starts at this position in the whole set (§2.5), or null
 */
public record PageRequest(Integer max, String after, String before, Integer index) implements ResultSet {
    public PageRequest {
        if (max != null && max < 0) {
            throw new IllegalArgumentException("<max/> must not be negative: " + max);
        }
        if (index != null && index < 0) {
            throw new IllegalArgumentException("<index/> must not be negative: " + index);
        }
    }

    /** The first {@code max} items. */
    public static PageRequest first(int max) {
        return new PageRequest(max, null, null, null);
    }

    /** The last {@code max} items: an empty {@code <before/>}. */
    public static PageRequest last(int max) {
        return new PageRequest(max, null, "", null);
    }
}
