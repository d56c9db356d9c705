package im.parley.xmpp.ext.bob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of some data: {@code algo+hash@bob.xmpp.org}, the hex hash of the bytes themselves
 * (§4). Kept in lower case, so that one name has one form.
 *
 * @param algorithm the hash function's IANA name; "sha1" for SHA-1 (§5)
 * @param hash the hex digest of the data
 */
public record ContentId(String algorithm, String hash) {
    private static final String DOMAIN = "bob.xmpp.org";
    private static final Pattern FORM = Pattern.compile("([a-z0-9-]+)\\+([0-9a-f]+)@" + Pattern.quote(DOMAIN));
    /** The functions whose hash we check; data named by any other cannot be trusted by its name. */
    private static final Map<String, String> VERIFIED = Map.of("sha1", "SHA-1", "sha-256", "SHA-256");

    public ContentId {
        algorithm = Objects.requireNonNull(algorithm, "algorithm").toLowerCase(Locale.ROOT);
        hash = Objects.requireNonNull(hash, "hash").toLowerCase(Locale.ROOT);
        String cid = algorithm + "+" + hash + "@" + DOMAIN;
        if (!FORM.matcher(cid).matches()) {
            throw new IllegalArgumentException("'" + cid + "' is not of the form algo+hexhash@" + DOMAIN);
        }
        String function = VERIFIED.get(algorithm);
        if (function != null && hash.length() != 2 * digest(function).getDigestLength()) {
            throw new IllegalArgumentException("a " + algorithm + " hash has " + 2 * digest(function).getDigestLength()
                    + " hex digits, not " + hash.length());
        }
    }

    /** Reads a 'cid' attribute; throws IllegalArgumentException with the reason when it is not one. */
    public static ContentId parse(String cid) {
        if (cid == null) {
            throw new IllegalArgumentException("a <data/> element needs a 'cid'");
        }
        Matcher m = FORM.matcher(cid.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + cid + "' is not of the form algo+hexhash@" + DOMAIN);
        }
        return new ContentId(m.group(1), m.group(2));
    }

    /** The SHA-1 name of {@code data}, the one every implementation reads. */
    public static ContentId of(byte[] data) {
        return new ContentId("sha1", HexFormat.of().formatHex(digest("SHA-1").digest(data)));
    }

    /** Whether we can check data against this name. */
    public boolean isVerifiable() {
        return VERIFIED.containsKey(algorithm);
    }

    /** True only when this name's hash function is one we check and {@code data} hashes to it. */
    public boolean verifies(byte[] data) {
        String function = VERIFIED.get(algorithm);
        return function != null && MessageDigest.isEqual(HexFormat.of().parseHex(hash), digest(function).digest(data));
    }

    private static MessageDigest digest(String function) {
        try {
            return MessageDigest.getInstance(function);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + function, e);
        }
    }

    @Override
    public String toString() {
        return algorithm + "+" + hash + "@" + DOMAIN;
    }
}
