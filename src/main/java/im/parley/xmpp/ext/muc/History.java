package im.parley.xmpp.ext.muc;

import java.time.Instant;

/**
 * How much discussion history to send on joining (§7.2.13); null parts are not limited.
 */
public record History(Integer maxChars, Integer maxStanzas, Integer seconds, Instant since) {
    public History {
        for (Integer n : new Integer[] {maxChars, maxStanzas, seconds}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("a history limit is not negative: " + n);
            }
        }
    }

    /** No history at all: for a room whose archive (MAM) is read instead. */
    public static History none() {
        return new History(null, 0, null, null);
    }
}
