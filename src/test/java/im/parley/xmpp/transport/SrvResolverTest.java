package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.transport.SrvResolver.SrvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SRV parsing and RFC 2782 ordering; localhost names never reach DNS. */
class SrvResolverTest {
    private static SrvRecord srv(int priority, int weight, String target) {
        return new SrvRecord(priority, weight, 5222, target, false);
    }

    @Test
    void orderPutsLowerPriorityFirstAndKeepsEveryRecord() {
        List<SrvRecord> records = List.of(srv(20, 0, "c"), srv(10, 50, "b1"), srv(0, 0, "a"), srv(10, 0, "b2"),
                srv(30, 10, "d"), srv(10, 5, "b3"));

        for (int run = 0; run < 200; run++) {
            List<SrvRecord> ordered = SrvResolver.order(records);

            assertThat(ordered).containsExactlyInAnyOrderElementsOf(records);
            assertThat(ordered).extracting(SrvRecord::priority).isSorted();
            assertThat(ordered.get(0).target()).isEqualTo("a");
            assertThat(ordered.get(ordered.size() - 1).target()).isEqualTo("d");
        }
    }

    @Test
    void heavierRecordsUsuallyComeFirstWithinAPriority() {
        List<SrvRecord> records = List.of(srv(5, 0, "light"), srv(5, 90, "heavy"));
        int heavyFirst = 0;
        boolean lightEverFirst = false;

        for (int run = 0; run < 2000; run++) {
            String first = SrvResolver.order(records).get(0).target();
            heavyFirst += first.equals("heavy") ? 1 : 0;
            lightEverFirst |= first.equals("light");
        }

        // P(heavy first) = 91/92; weight 0 still gets an occasional first place (RFC 2782).
        assertThat(heavyFirst).isGreaterThan(1800);
        assertThat(lightEverFirst).isTrue();
    }

    @Test
    void orderOfNothingIsNothing() {
        assertThat(SrvResolver.order(List.of())).isEmpty();
    }

    @Test
    void parsesTheJdkRenderingOfAnSrvRecord() {
        assertThat(SrvResolver.parse("10 5 5222 xmpp.example.com.", false))
                .contains(new SrvRecord(10, 5, 5222, "xmpp.example.com", false));
        assertThat(SrvResolver.parse("  0 0 5223\txmpps.example.com ", true))
                .contains(new SrvRecord(0, 0, 5223, "xmpps.example.com", true));
        // "." alone means "no service here" and must survive as such.
        assertThat(SrvResolver.parse("0 0 0 .", false)).contains(new SrvRecord(0, 0, 0, ".", false));
    }

    @Test
    void malformedRecordsAreSkipped() {
        for (String bad : new String[]{"", "   ", "10 5 5222", "10 5 5222 a.example. extra", "ten 5 5222 a.example.",
                "10 5 port a.example.", "10 5 99999999999 a.example.", "10,5,5222,a.example."}) {
            assertThat(SrvResolver.parse(bad, false)).as("'%s'", bad).isEmpty();
        }
    }

    @Test
    void localNamesAreRecognized() {
        assertThat(SrvResolver.isLocalName("localhost")).isTrue();
        assertThat(SrvResolver.isLocalName("LocalHost")).isTrue();
        assertThat(SrvResolver.isLocalName("a.localhost")).isTrue();
        assertThat(SrvResolver.isLocalName("127.0.0.1")).isTrue();
        assertThat(SrvResolver.isLocalName("[::1]")).isTrue();

        assertThat(SrvResolver.isLocalName("example.com")).isFalse();
        assertThat(SrvResolver.isLocalName("localhost.example.com")).isFalse();
        assertThat(SrvResolver.isLocalName("mylocalhost")).isFalse();
    }

    @Test
    void localhostResolvesToPort5222WithoutDns() {
        assertThat(SrvResolver.resolve("localhost")).containsExactly(new ServerAddress("localhost", 5222, false));
        assertThat(SrvResolver.resolve("127.0.0.1")).containsExactly(new ServerAddress("127.0.0.1", 5222, false));
    }
}
