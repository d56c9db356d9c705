package im.parley.xmpp.ext.bob;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The cache alone: hits, max-age, the byte bounds and names that do not match their data. */
class BobCacheTest {
    private final TestClock clock = new TestClock();

    /** A clock the test moves on. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static BobData data(int size, int seed, Duration maxAge) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) seed;
        return new BobData(ContentId.of(bytes), "application/octet-stream", maxAge, bytes);
    }

    @Test
    void keepsVerifiedDataUnderItsName() {
        BobCache cache = new BobCache(100, 1000, clock);
        BobData data = data(10, 1, null);

        assertThat(cache.offer(data)).isTrue();
        assertThat(cache.get(data.cid())).contains(data);
        assertThat(cache.get(data(10, 2, null).cid())).isEmpty();
        assertThat(cache.totalBytes()).isEqualTo(10);
    }

    @Test
    void dataExpiresAfterItsMaxAge() {
        BobCache cache = new BobCache(100, 1000, clock);
        BobData minute = data(10, 1, Duration.ofMinutes(1));
        BobData session = data(10, 2, null);
        cache.offer(minute);
        cache.offer(session);

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get(minute.cid())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get(minute.cid())).isEmpty();
        assertThat(cache.totalBytes()).as("the expired item's bytes are given back").isEqualTo(10);
        clock.advance(Duration.ofDays(365));
        assertThat(cache.get(session.cid())).as("no max-age: kept for the session").isPresent();
    }

    @Test
    void maxAgeZeroIsNeverCachedAndAHugeOneLastsTheSession() {
        BobCache cache = new BobCache(100, 1000, clock);
        BobData ephemeral = data(10, 1, Duration.ZERO);
        BobData forever = data(10, 2, Duration.ofSeconds(Long.MAX_VALUE));

        assertThat(cache.offer(ephemeral)).isFalse();
        assertThat(cache.get(ephemeral.cid())).isEmpty();
        assertThat(cache.offer(forever)).isTrue();
        assertThat(cache.get(forever.cid())).isPresent();
    }

    @Test
    void theLeastRecentlyUsedGoesWhenTheTotalIsExceeded() {
        BobCache cache = new BobCache(100, 250, clock);
        BobData a = data(100, 1, null);
        BobData b = data(100, 2, null);
        BobData c = data(100, 3, null);
        cache.offer(a);
        cache.offer(b);
        cache.get(a.cid());

        cache.offer(c);

        assertThat(cache.get(b.cid())).as("least recently used").isEmpty();
        assertThat(cache.get(a.cid())).isPresent();
        assertThat(cache.get(c.cid())).isPresent();
        assertThat(cache.totalBytes()).isEqualTo(200);
    }

    @Test
    void offeringTheSameDataAgainCountsItsBytesOnce() {
        BobCache cache = new BobCache(100, 1000, clock);
        BobData a = data(100, 1, null);

        cache.offer(a);
        cache.offer(a);

        assertThat(cache.totalBytes()).isEqualTo(100);
    }

    @Test
    void dataAboveTheItemBoundIsRefused() {
        BobCache cache = new BobCache(100, 1000, clock);

        assertThat(cache.offer(data(101, 1, null))).isFalse();
        assertThat(cache.offer(data(100, 1, null))).isTrue();
        assertThat(new BobCache().maxItemBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void dataThatDoesNotHashToItsNameIsRefused() {
        BobCache cache = new BobCache(100, 1000, clock);
        BobData real = data(10, 1, null);
        BobData planted = new BobData(real.cid(), "image/png", null, new byte[] {6, 6, 6});
        BobData unchecked = new BobData(new ContentId("sha3-256", "abcd"), "image/png", null, new byte[] {1});

        assertThat(cache.offer(planted)).isFalse();
        assertThat(cache.offer(unchecked)).as("a name we cannot check is no safe key").isFalse();
        assertThat(cache.offer(BobData.request(real.cid()))).as("a request holds no data").isFalse();
        assertThat(cache.get(real.cid())).isEmpty();
    }
}
