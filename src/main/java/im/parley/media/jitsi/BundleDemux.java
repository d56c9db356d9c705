package im.parley.media.jitsi;

import java.net.DatagramPacket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ice4j.socket.DatagramPacketFilter;

/**
 * Splits one bundled transport (RFC 8843) between an audio and a video stream: RTP by payload type
 * (XEP-0338 asks for distinct ones per content), RTCP by the SSRC of its first packet's sender,
 * learnt from the video RTP seen or told from signalling (XEP-0339). DTLS and anything unknown go
 * to the audio stream, which owns the transport's handshake.
 */
public final class BundleDemux {
    /** Peers that never send video still send RTCP: a bounded set, not one entry per packet. */
    private static final int MAX_VIDEO_SSRCS = 32;

    private final Set<Long> videoSsrcs = ConcurrentHashMap.newKeySet();
    private volatile int videoPayloadType = -1;

    /** The payload type the video content agreed on; until then all RTP goes to audio. */
    public void videoPayloadType(int payloadType) {
        this.videoPayloadType = payloadType;
    }

    /** Sources the peer announced for its video (XEP-0339), so its first RTCP already finds its stream. */
    public void videoSources(Set<Long> ssrcs) {
        for (Long ssrc : ssrcs) {
            remember(ssrc);
        }
    }

    private void remember(long ssrc) {
        if (videoSsrcs.size() < MAX_VIDEO_SSRCS) {
            videoSsrcs.add(ssrc);
        }
    }

    final DatagramPacketFilter audioData = packet -> RtcpMuxFilters.DATA.accept(packet) && !isVideoRtp(packet);
    final DatagramPacketFilter audioControl = packet -> RtcpMuxFilters.CONTROL.accept(packet) && !isVideoRtcp(packet);
    final DatagramPacketFilter videoData = this::isVideoRtp;
    final DatagramPacketFilter videoControl = packet -> RtcpMuxFilters.CONTROL.accept(packet) && isVideoRtcp(packet);

    private boolean isVideoRtp(DatagramPacket packet) {
        if (!RtcpMuxFilters.isRtp(packet) || packet.getLength() < 12) {
            return false;
        }
        byte[] b = packet.getData();
        int at = packet.getOffset();
        if ((b[at + 1] & 0x7F) != videoPayloadType) {
            return false;
        }
        remember(ssrc(b, at + 8));
        return true;
    }

    private boolean isVideoRtcp(DatagramPacket packet) {
        return packet.getLength() >= 8 && videoSsrcs.contains(ssrc(packet.getData(), packet.getOffset() + 4));
    }

    private static long ssrc(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
    }
}
