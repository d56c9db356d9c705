package im.parley.xmpp.sasl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers SaltedPassword per (algorithm, password, salt, iterations) for this process. Servers
 * keep the salt of an account, so a reconnect would otherwise redo thousands of PBKDF2 rounds;
 * RFC 5802 §5 explicitly allows clients to cache it.
 *
 * <p>Entries are looked up by an HMAC under a random per-process key, so the map never holds the
 * plaintext password nor a plain hash of it that could be matched against a dictionary.
 */
final class SaltedPasswordCache {

    private static final int CAPACITY = 8;
    private static final byte[] LOOKUP_KEY = randomBytes(32);
    private static final AtomicLong DERIVATIONS = new AtomicLong();

    /** Least recently used first, so the bound drops accounts not logged into for a while. */
    private static final Map<String, byte[]> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            Arrays.fill(eldest.getValue(), (byte) 0);
            return true;
        }
    };

    private SaltedPasswordCache() {
    }

    /** Hi(password, salt, iterations), from the cache when possible; the caller owns (and clears) the result. */
    static byte[] saltedPassword(ScramAlgorithm algorithm, byte[] password, byte[] salt, int iterations) {
        String key = lookupKey(algorithm, password, salt, iterations);
        synchronized (ENTRIES) {
            byte[] cached = ENTRIES.get(key);
            if (cached != null) {
                return cached.clone();
            }
        }
        // Derived outside the lock: it is slow, and deriving twice in a race is merely wasted work.
        DERIVATIONS.incrementAndGet();
        byte[] derived = algorithm.hi(password, salt, iterations);
        synchronized (ENTRIES) {
            ENTRIES.put(key, derived.clone());
        }
        return derived;
    }

    /** How many PBKDF2 derivations ran in this process: lets tests see a cache hit without timing. */
    static long derivations() {
        return DERIVATIONS.get();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String lookupKey(ScramAlgorithm algorithm, byte[] password, byte[] salt, int iterations) {
        byte[] name = algorithm.name().getBytes(StandardCharsets.US_ASCII);
        // Length prefixes keep distinct tuples from serializing to the same bytes.
        ByteBuffer input = ByteBuffer.allocate(3 * Integer.BYTES + name.length + salt.length + password.length)
                .putInt(name.length).put(name)
                .putInt(iterations)
                .putInt(salt.length).put(salt)
                .put(password);
        try {
            return Base64.getEncoder().encodeToString(ScramAlgorithm.SHA_256.hmac(LOOKUP_KEY, input.array()));
        } finally {
            Arrays.fill(input.array(), (byte) 0);
        }
    }
}
