package im.parley.media.jitsi;

import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.service.neomedia.RawPacket;

/**
 * The level the peer writes into each of its audio packets (RFC 6464 under the id agreed in
 * XEP-0294), read from the RTP header on arrival: what a speaking indicator shows, without
 * decoding. libjitsi is not asked to read it (it would skip rendering silent packets).
 */
public final class PeerAudioLevel implements TransformEngine {
    /** RFC 6464's level of digital silence, in -dBov. */
    public static final int SILENCE = 127;
    private static final int ONE_BYTE_PROFILE = 0xBEDE;

    private final int extensionId;
    private volatile int latest = -1;

    PeerAudioLevel(int extensionId) {
        this.extensionId = extensionId;
    }

    /** The level of the peer's latest packet in -dBov (0 loudest, 127 silence), or -1 before any. */
    int latest() {
        return latest;
    }

    /**
     * The 7-bit level in an RTP packet's RFC 8285 one-byte header element with this id, or -1 when
     * it has none (no extension, another profile, a malformed header).
     */
    public static int levelOf(byte[] b, int offset, int length, int id) {
        int end = offset + length;
        if (length < 12 || (b[offset] & 0xC0) != 0x80 || (b[offset] & 0x10) == 0) {
            return -1;
        }
        int at = offset + 12 + 4 * (b[offset] & 0x0F);
        if (at + 4 > end || (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF)) != ONE_BYTE_PROFILE) {
            return -1;
        }
        int elementsEnd = Math.min(end, at + 4 + 4 * (((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF)));
        int i = at + 4;
        while (i < elementsEnd) {
            if (b[i] == 0) {
                i++;
                continue;
            }
            int elementId = (b[i] & 0xF0) >> 4;
            int size = (b[i] & 0x0F) + 1;
            if (elementId == 15) {
                return -1;
            }
            if (elementId == id && i + 1 < elementsEnd) {
                return b[i + 1] & 0x7F;
            }
            i += 1 + size;
        }
        return -1;
    }

    private final PacketTransformer rtp = new PacketTransformer() {
        @Override
        public RawPacket[] transform(RawPacket[] packets) {
            return packets;
        }

        @Override
        public RawPacket[] reverseTransform(RawPacket[] packets) {
            for (RawPacket p : packets) {
                if (p != null) {
                    int level = levelOf(p.getBuffer(), p.getOffset(), p.getLength(), extensionId);
                    if (level >= 0) {
                        latest = level;
                    }
                }
            }
            return packets;
        }

        @Override
        public void close() {
            // Nothing held.
        }
    };

    @Override
    public PacketTransformer getRTPTransformer() {
        return rtp;
    }

    @Override
    public PacketTransformer getRTCPTransformer() {
        // RTCP passes untouched: libjitsi's chain skips a null transformer.
        return null;
    }
}
