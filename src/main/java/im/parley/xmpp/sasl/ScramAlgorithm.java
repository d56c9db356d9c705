package im.parley.xmpp.sasl;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hash families SCRAM is registered with; each names a mechanism and its -PLUS variant. */
public enum ScramAlgorithm {
    SHA_1("SCRAM-SHA-1", "SHA-1", "HmacSHA1"),
    SHA_256("SCRAM-SHA-256", "SHA-256", "HmacSHA256"),
    SHA_512("SCRAM-SHA-512", "SHA-512", "HmacSHA512");

    private static final byte[] INT_1 = {0, 0, 0, 1};

    private final String mechanismName;
    private final String digestName;
    private final String macName;

    ScramAlgorithm(String mechanismName, String digestName, String macName) {
        this.mechanismName = mechanismName;
        this.digestName = digestName;
        this.macName = macName;
    }

    /** e.g. "SCRAM-SHA-256". */
    public String mechanismName() {
        return mechanismName;
    }

    /** e.g. "SCRAM-SHA-256-PLUS", the variant with channel binding. */
    public String plusMechanismName() {
        return mechanismName + "-PLUS";
    }

    /** H() of RFC 5802 §2.2. */
    byte[] hash(byte[] data) {
        try {
            return MessageDigest.getInstance(digestName).digest(data);
        } catch (GeneralSecurityException e) {
            throw missingFromJdk(e);
        }
    }

    /** HMAC() of RFC 5802 §2.2. */
    byte[] hmac(byte[] key, byte[] data) {
        return mac(key).doFinal(data);
    }

    /**
     * Hi() of RFC 5802 §2.2: PBKDF2 with this HMAC, one output block. Written against {@link Mac}
     * rather than a PBKDF2 SecretKeyFactory because that one takes chars and encodes them itself,
     * while SCRAM needs exactly the UTF-8 of the prepared password.
     */
    byte[] hi(byte[] password, byte[] salt, int iterations) {
        Mac mac = mac(password);
        mac.update(salt);
        byte[] u = mac.doFinal(INT_1);
        byte[] result = u.clone();
        try {
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
        } catch (GeneralSecurityException e) {
            throw missingFromJdk(e);
        }
        return result;
    }

    private Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(macName);
            mac.init(new SecretKeySpec(key, macName));
            return mac;
        } catch (GeneralSecurityException e) {
            throw missingFromJdk(e);
        }
    }

    /** Every JDK ships these algorithms, so their absence is a broken runtime, not an auth failure. */
    private IllegalStateException missingFromJdk(GeneralSecurityException e) {
        return new IllegalStateException(mechanismName + " needs " + digestName + " and " + macName, e);
    }
}
