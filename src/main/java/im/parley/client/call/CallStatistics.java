package im.parley.client.call;

import im.parley.media.CallCounters;

/**
 * A call's figures for the call window and `parley cli call`: set-up time from the first signal to
 * connected media, the codec, the ICE pair's candidate types, and RTP counters from RTCP.
 */
public record CallStatistics(long setupMillis, String codec, String localCandidate, String remoteCandidate,
        long packetsSent, long packetsReceived, long packetsLost, double jitterMs, long rttMs) {

    /** Figures of a call's Opus stream (our calls' one audio codec); candidates null where there are none. */
    static CallStatistics opus(long setupMillis, String localCandidate, String remoteCandidate, CallCounters counters) {
        return new CallStatistics(setupMillis, "opus", localCandidate, remoteCandidate, counters.packetsSent(),
                counters.packetsReceived(), counters.packetsLost(), counters.jitterMs(), counters.rttMs());
    }
}
