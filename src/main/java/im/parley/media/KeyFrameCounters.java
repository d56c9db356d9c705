package im.parley.media;

/**
 * Keyframe traffic of one video stream.
 *
 * @param requestsSent PLI or FIR we sent because our decoder needed a keyframe
 * @param requestsReceived PLI or FIR the peer sent for our stream
 * @param keyFramesSent keyframes our encoder produced, the first one included
 */
public record KeyFrameCounters(long requestsSent, long requestsReceived, long keyFramesSent) {
}
