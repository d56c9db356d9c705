package im.parley.xmpp.ext.forms.validate;

/**
 * How many values a list-multi field takes (XEP-0122 §3.3); either bound may be null.
 *
 * @throws IllegalArgumentException for bounds outside xs:unsignedInt or a min above the max
 */
public record ListRange(Long min, Long max) {
    static final long UNSIGNED_INT_MAX = 0xFFFF_FFFFL;

    public ListRange {
        checkBound("min", min);
        checkBound("max", max);
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("list-range min " + min + " is above its max " + max);
        }
    }

    private static void checkBound(String name, Long bound) {
        if (bound != null && (bound < 0 || bound > UNSIGNED_INT_MAX)) {
            throw new IllegalArgumentException("list-range " + name + " " + bound + " is not an unsignedInt");
        }
    }
}
