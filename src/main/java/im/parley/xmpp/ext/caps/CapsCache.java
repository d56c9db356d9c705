package im.parley.xmpp.ext.caps;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.routing.Registration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * Capability sets by (hash, ver). Entries go in only through {@link #offer}, which checks the
 * hash: a cache shared by every contact must never hold what one hostile peer claimed.
 */
public final class CapsCache {
    private static final Logger LOG = Logger.getLogger(CapsCache.class.getName());

    /** The cache key: the node is left out on purpose, the hash alone names the set (§6.2). */
    public record Key(String hash, String ver) {
        public static Key of(Caps caps) {
            return new Key(caps.hash().toLowerCase(java.util.Locale.ROOT), caps.ver());
        }
    }

    private final Map<Key, DiscoInfo> entries = new ConcurrentHashMap<>();
    private final List<BiConsumer<Key, DiscoInfo>> storedListeners = new CopyOnWriteArrayList<>();

    /**
     * Told of every set newly cached, after its hash was checked: the client keeps them between
     * runs (the engine knows no storage). The handle stops it.
     */
    public Registration addStoredListener(BiConsumer<Key, DiscoInfo> listener) {
        storedListeners.add(listener);
        return () -> storedListeners.remove(listener);
    }

    public Optional<DiscoInfo> get(Caps caps) {
        return Optional.ofNullable(entries.get(Key.of(caps)));
    }

    public boolean contains(Caps caps) {
        return entries.containsKey(Key.of(caps));
    }

    /** Stores {@code info} for {@code caps} if it hashes to the advertised ver; returns whether it did. */
    public boolean offer(Caps caps, DiscoInfo info) {
        if (!CapsHash.matches(caps, info)) {
            LOG.warning(() -> "disco#info does not match caps " + caps.hash() + " " + caps.ver() + ": not cached");
            return false;
        }
        if (entries.put(Key.of(caps), info) == null) {
            storedListeners.forEach(l -> l.accept(Key.of(caps), info));
        }
        return true;
    }

    public int size() {
        return entries.size();
    }
}
