package im.parley.xmpp.ext.bob;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Data received from others, by name, for this application session (§3.3), bounded in bytes: the
 * least recently used goes first. Only data that hashes to its name is kept, so a peer cannot
 * plant bytes under a name that others use.
 */
public final class BobCache {
    /**
     * Eight times the 8 KB the XEP asks senders to stay under (§2): room for senders that go a
     * little over, such as CAPTCHA images, while anything that should have been a file transfer
     * is refused.
     */
    public static final int DEFAULT_MAX_ITEM_BYTES = 64 * 1024;
    /** 64 items at the limit, and hundreds of the usual emoticon size. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 4L * 1024 * 1024;

    private final int maxItemBytes;
    private final long maxTotalBytes;
    private final Clock clock;
    /** In access order, so the first entry is the least recently used. */
    private final LinkedHashMap<ContentId, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long totalBytes;

    /** @param expires when max-age runs out, or null to keep it for the session */
    private record Entry(BobData data, Instant expires) {
    }

    public BobCache() {
        this(DEFAULT_MAX_ITEM_BYTES, DEFAULT_MAX_TOTAL_BYTES, Clock.systemUTC());
    }

    public BobCache(int maxItemBytes, long maxTotalBytes, Clock clock) {
        if (maxItemBytes < 1 || maxTotalBytes < maxItemBytes) {
            throw new IllegalArgumentException("need 0 < item bound <= total bound, not " + maxItemBytes
                    + " and " + maxTotalBytes);
        }
        this.maxItemBytes = maxItemBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.clock = clock;
    }

    /** The most bytes one item may have; larger data is refused. */
    public int maxItemBytes() {
        return maxItemBytes;
    }

    /**
     * Keeps {@code data} unless it is empty, larger than the item bound, marked not to be cached
     * (max-age 0), or does not hash to its name with a function we check. Returns whether it was kept.
     */
    public synchronized boolean offer(BobData data) {
        if (data.size() == 0 || data.size() > maxItemBytes || Duration.ZERO.equals(data.maxAge())
                || !data.isVerified()) {
            return false;
        }
        drop(data.cid());
        entries.put(data.cid(), new Entry(data, expiry(data.maxAge())));
        totalBytes += data.size();
        for (Iterator<Entry> eldest = entries.values().iterator(); totalBytes > maxTotalBytes; ) {
            totalBytes -= eldest.next().data().size();
            eldest.remove();
        }
        return true;
    }

    /** The data named {@code cid}, unless it was never kept, has expired or was evicted. */
    public synchronized Optional<BobData> get(ContentId cid) {
        Entry entry = entries.get(cid);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expires() != null && !clock.instant().isBefore(entry.expires())) {
            drop(cid);
            return Optional.empty();
        }
        return Optional.of(entry.data());
    }

    /** The bytes of everything kept, expired items not yet looked up included. */
    public synchronized long totalBytes() {
        return totalBytes;
    }

    private void drop(ContentId cid) {
        Entry gone = entries.remove(cid);
        if (gone != null) {
            totalBytes -= gone.data().size();
        }
    }

    private Instant expiry(Duration maxAge) {
        if (maxAge == null) {
            return null;
        }
        Instant now = clock.instant();
        // An age past what an Instant can hold means "as long as you like": the session.
        return maxAge.getSeconds() >= Instant.MAX.getEpochSecond() - now.getEpochSecond() ? null : now.plus(maxAge);
    }
}
