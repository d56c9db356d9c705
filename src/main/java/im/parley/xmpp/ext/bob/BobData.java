package im.parley.xmpp.ext.bob;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * One {@code <data/>} element (§4): the bytes with their name, or only the name when it asks for
 * them (§3.2).
 *
 * @param cid the data's name
 * @param type its MIME type; required with bytes, null in a request
 * @param maxAge how long the sender suggests caching it; zero means not at all; null when not said
 * @param bytes the data; empty in a request
 */
public record BobData(ContentId cid, String type, Duration maxAge, byte[] bytes) {
    public static final String NAMESPACE = "urn:xmpp:bob";
    public static final String ELEMENT = "data";

    public BobData {
        Objects.requireNonNull(cid, "cid");
        if (maxAge != null && maxAge.isNegative()) {
            throw new IllegalArgumentException("max-age must not be negative: " + maxAge);
        }
        bytes = bytes.clone();
    }

    /** The request for the data named {@code cid}. */
    public static BobData request(ContentId cid) {
        return new BobData(cid, null, null, new byte[0]);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Whether the bytes hash to the name, with a hash function we check. */
    public boolean isVerified() {
        return cid.verifies(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BobData d && cid.equals(d.cid) && Objects.equals(type, d.type)
                && Objects.equals(maxAge, d.maxAge) && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cid, type, maxAge, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "BobData[" + cid + ", " + type + ", max-age " + maxAge + ", " + bytes.length + " bytes]";
    }
}
