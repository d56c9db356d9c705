package im.parley.media.jitsi;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which RTP packets each received VP8 frame came in, so the decoder knows when a frame before the
 * one it is given never arrived. A VP8 delta frame builds on the frame before it: decoded after a
 * gap it shows a smeared picture (the old reference with the new changes on top), so after a gap
 * the decoder waits for a keyframe and asks for one, as WebRTC receivers do. RTP padding (no
 * payload) takes sequence numbers without belonging to a frame, and is not a gap. Used from the
 * receive chain's one thread; synchronized all the same, since it costs nothing at frame rates.
 */
final class FrameContinuity {
    /** Frames whose packets came but which were never delivered (cut short, superseded) are forgotten past this. */
    private static final int REMEMBERED_FRAMES = 64;
    private static final int REMEMBERED_PADDING = 1024;
    private static final int SEQUENCE_MASK = 0xFFFF;
    private static final int HALF_SEQUENCE_SPACE = 0x8000;

    private final Map<Long, int[]> packetsByTimestamp = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, int[]> eldest) {
            return size() > REMEMBERED_FRAMES;
        }
    };
    private final Set<Integer> padding = new HashSet<>();
    private int lastDelivered = -1;

    /** One packet as it reaches the depacketizer; {@code empty}: no payload (padding). */
    synchronized void packet(long sequenceNumber, long rtpTimestamp, boolean empty) {
        int sequence = (int) (sequenceNumber & SEQUENCE_MASK);
        if (empty) {
            if (padding.size() >= REMEMBERED_PADDING) {
                padding.clear();
            }
            padding.add(sequence);
            return;
        }
        int[] range = packetsByTimestamp.get(rtpTimestamp);
        if (range == null) {
            packetsByTimestamp.put(rtpTimestamp, new int[] {sequence, sequence});
        } else if (before(sequence, range[0])) {
            range[0] = sequence;
        } else if (before(range[1], sequence)) {
            range[1] = sequence;
        }
    }

    /**
     * Whether the frame of {@code rtpTimestamp}, about to be decoded, follows the last one
     * delivered with no packet missing in between; it becomes the last one delivered. The first
     * frame follows nothing and answers true: the decoder waits for a keyframe anyway.
     */
    synchronized boolean followsLastFrame(long rtpTimestamp) {
        int[] range = packetsByTimestamp.remove(rtpTimestamp);
        if (range == null) {
            return false;
        }
        boolean gapless = lastDelivered < 0 || onlyPaddingBetween(lastDelivered, range[0]);
        lastDelivered = range[1];
        padding.clear();
        return gapless;
    }

    private boolean onlyPaddingBetween(int last, int first) {
        int missing = (first - last - 1) & SEQUENCE_MASK;
        if (missing >= HALF_SEQUENCE_SPACE) {
            return false;
        }
        for (int i = 1; i <= missing; i++) {
            if (!padding.contains((last + i) & SEQUENCE_MASK)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3550 sequence order across the wrap: a is before b when b is less than half the space ahead. */
    private static boolean before(int a, int b) {
        int ahead = (b - a) & SEQUENCE_MASK;
        return ahead != 0 && ahead < HALF_SEQUENCE_SPACE;
    }
}
