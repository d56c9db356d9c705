package im.parley.media;

/**
 * How we may ask the peer for a fresh keyframe when our decoder cannot go on: the feedback
 * message both sides agreed to in XEP-0293 ({@code nack pli} or {@code ccm fir}), or none.
 */
public enum KeyFrameRequest {
    /** The peer did not offer keyframe feedback: our decoder waits for its next periodic keyframe. */
    NONE,
    /** RFC 4585 Picture Loss Indication. */
    PLI,
    /** RFC 5104 Full Intra Request. */
    FIR
}
