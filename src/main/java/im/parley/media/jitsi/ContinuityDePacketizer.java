package im.parley.media.jitsi;

import javax.media.Buffer;
import org.jitsi.impl.neomedia.codec.video.vp8.DePacketizer;

/** libjitsi's VP8 depacketizer, telling {@link FrameContinuity} of every packet it is given before it assembles them. */
final class ContinuityDePacketizer extends DePacketizer {
    private final FrameContinuity continuity;

    ContinuityDePacketizer(FrameContinuity continuity) {
        this.continuity = continuity;
    }

    @Override
    protected int doProcess(Buffer input, Buffer output) {
        continuity.packet(input.getSequenceNumber(), input.getRtpTimeStamp(), input.getLength() == 0);
        return super.doProcess(input, output);
    }
}
