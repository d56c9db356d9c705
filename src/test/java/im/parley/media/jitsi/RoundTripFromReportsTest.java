package im.parley.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3550 §6.4.1 with sender reports written with or without the NTP epoch offset. */
class RoundTripFromReportsTest {
    private static final long SENT = 1_795_588_569_447L;

    @Test
    void aReportEchoingAProperNtpTimeGivesTheRoundTrip() {
        long lsr = RoundTripFromReports.compactNtp(SENT, 2_208_988_800L);
        long dlsr = 65536 / 2; // the peer held our report for 500 ms
        assertThat(RoundTripFromReports.roundTripMillis(SENT + 540, lsr, dlsr)).isBetween(39L, 41L);
    }

    @Test
    void aReportEchoingFmjsUnixBasedTimeGivesTheSameRoundTrip() {
        long lsr = RoundTripFromReports.compactNtp(SENT, 0);
        assertThat(RoundTripFromReports.roundTripMillis(SENT + 540, lsr, 65536 / 2)).isBetween(39L, 41L);
    }

    @Test
    void anImplausibleReportGivesNothing() {
        assertThat(RoundTripFromReports.roundTripMillis(SENT, 12345, 0)).isEqualTo(-1);
    }
}
