package im.parley.media.jitsi;

import java.net.DatagramPacket;
import org.ice4j.socket.DatagramPacketFilter;

/**
 * Splits one ICE socket into what libjitsi expects as two (RFC 5761 §4, RFC 7983 §7): RTCP has
 * packet types 192–223, so its second byte minus the marker bit falls in 64–95; RTP and DTLS
 * (first byte 20–63) go to the data side, where libjitsi's DTLS engine sits when rtcp-mux is on.
 */
final class RtcpMuxFilters {
    private RtcpMuxFilters() {
    }

    static final DatagramPacketFilter DATA = packet -> isDtls(packet) || (isRtpFamily(packet) && !isRtcp(packet));
    static final DatagramPacketFilter CONTROL = packet -> isRtpFamily(packet) && isRtcp(packet);

    private static int firstByte(DatagramPacket packet) {
        return packet.getLength() < 1 ? -1 : packet.getData()[packet.getOffset()] & 0xff;
    }

    private static boolean isDtls(DatagramPacket packet) {
        int b = firstByte(packet);
        return b >= 20 && b <= 63;
    }

    private static boolean isRtpFamily(DatagramPacket packet) {
        int b = firstByte(packet);
        return packet.getLength() >= 2 && b >= 128 && b <= 191;
    }

    /** RTP proper: of the RTP family and not RTCP. */
    static boolean isRtp(DatagramPacket packet) {
        return isRtpFamily(packet) && !isRtcp(packet);
    }

    private static boolean isRtcp(DatagramPacket packet) {
        int type = packet.getData()[packet.getOffset() + 1] & 0x7f;
        return type >= 64 && type <= 95;
    }
}
