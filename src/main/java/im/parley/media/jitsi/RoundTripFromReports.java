package im.parley.media.jitsi;

import net.sf.fmj.media.rtp.RTCPFeedback;
import net.sf.fmj.media.rtp.RTCPReport;
import org.jitsi.service.neomedia.rtp.RTCPExtendedReport;
import org.jitsi.service.neomedia.rtp.RTCPReportListener;

/**
 * Round-trip time from the report blocks the peer sends about our stream (RFC 3550 §6.4.1:
 * arrival time − LSR − DLSR). libjitsi computes it too but rejects every value as invalid here:
 * FMJ writes the NTP time of our sender reports without the 1900→1970 epoch offset while libjitsi
 * compares with it, so its result is off by that offset modulo 65,536 s (±32,384 s). The peer
 * echoes whatever we wrote, so this class tries the arrival time in both forms and keeps the one
 * that gives a plausible round trip. The figure is coarse: FMJ's DLSR is off by tens to hundreds
 * of milliseconds (20–480 ms seen on loopback), so it tells a bad path from a good one, no more.
 */
final class RoundTripFromReports implements RTCPReportListener {
    private static final long NTP_EPOCH_OFFSET_SECONDS = 2_208_988_800L;
    private static final long PLAUSIBLE_MILLIS = 60_000;

    private final long localSsrc;
    private volatile long lastMillis = -1;

    RoundTripFromReports(long localSsrc) {
        this.localSsrc = localSsrc;
    }

    /** The latest round trip in ms, or -1 before the peer's first report about our stream. */
    long lastMillis() {
        return lastMillis;
    }

    @Override
    public void rtcpReportReceived(RTCPReport report) {
        long now = System.currentTimeMillis();
        for (RTCPFeedback block : report.getFeedbackReports()) {
            if (block.getSSRC() == localSsrc && block.getLSR() != 0) {
                long rtt = roundTripMillis(now, block.getLSR(), block.getDLSR());
                if (rtt >= 0) {
                    lastMillis = rtt;
                }
            }
        }
    }

    /** A plausible round trip for a report block arriving at {@code nowMillis}, or -1. */
    static long roundTripMillis(long nowMillis, long lsr, long dlsr) {
        for (long offset : new long[] {NTP_EPOCH_OFFSET_SECONDS, 0}) {
            long delta = (compactNtp(nowMillis, offset) - lsr - dlsr) & 0xffff_ffffL;
            long millis = delta * 1000 / 65536;
            if (millis < PLAUSIBLE_MILLIS) {
                return millis;
            }
        }
        return -1;
    }

    /** The middle 32 bits of the NTP time: 16 bits of seconds, 16 of fraction. */
    static long compactNtp(long millis, long epochOffsetSeconds) {
        long seconds = millis / 1000 + epochOffsetSeconds;
        long fraction = (millis % 1000) * 65536 / 1000;
        return ((seconds & 0xffff) << 16) | fraction;
    }

    @Override
    public void rtcpReportSent(RTCPReport report) {
        // Only what the peer says about our stream matters here.
    }

    @Override
    public void rtcpExtendedReportReceived(RTCPExtendedReport report) {
        // No round-trip information we use.
    }

    @Override
    public void rtcpExtendedReportSent(RTCPExtendedReport report) {
        // Ours.
    }
}
