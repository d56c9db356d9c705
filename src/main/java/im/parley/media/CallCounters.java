package im.parley.media;

/** RTP figures of a call so far: packets each way, lost, interarrival jitter and round-trip time from RTCP. */
public record CallCounters(long packetsSent, long packetsReceived, long packetsLost, double jitterMs, long rttMs) {
}
