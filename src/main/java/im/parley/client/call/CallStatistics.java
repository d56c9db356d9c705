package im.parley.client.call;

/**
 * A call's figures for the call window and `parley cli call`: set-up time from the first signal to
 * connected media, the codec, the ICE pair's candidate types, and RTP counters from RTCP.
 */
public record CallStatistics(long setupMillis, String codec, String localCandidate, String remoteCandidate,
        long packetsSent, long packetsReceived, long packetsLost, double jitterMs, long rttMs) {
}
