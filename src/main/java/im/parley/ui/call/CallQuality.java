package im.parley.ui.call;

import im.parley.client.call.CallStatistics;

/**
 * How the connection sounds, from RTCP's round trip, loss and jitter. The limits follow the usual
 * VoIP rules of thumb (ITU-T G.114 puts one-way delay past 150 ms as noticeable, Opus hides a few
 * per cent of loss, jitter past a few tens of milliseconds outgrows the jitter buffer).
 */
public enum CallQuality {
    /** No RTCP report yet. */
    UNKNOWN("Measuring…"),
    GOOD("Good connection"),
    FAIR("Fair connection"),
    POOR("Poor connection");

    private final String label;

    CallQuality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CallQuality of(CallStatistics s) {
        long expected = s.packetsReceived() + s.packetsLost();
        if (s.rttMs() < 0 || expected == 0) {
            return UNKNOWN;
        }
        double loss = (double) s.packetsLost() / expected;
        if (s.rttMs() > 500 || loss >= 0.10 || s.jitterMs() >= 60) {
            return POOR;
        }
        if (s.rttMs() > 300 || loss >= 0.02 || s.jitterMs() >= 30) {
            return FAIR;
        }
        return GOOD;
    }
}
