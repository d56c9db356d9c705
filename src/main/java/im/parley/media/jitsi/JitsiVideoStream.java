package im.parley.media.jitsi;

import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.util.function.Consumer;
import org.jitsi.service.neomedia.MediaService;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jitsi.service.neomedia.format.MediaFormat;

/**
 * One VP8 video stream over DTLS-SRTP: a {@link VideoSource}'s frames go out through libjitsi's
 * VP8 encoder and packetizer; what arrives is de-packetized by libjitsi, decoded by
 * {@link Vp8Decoder} and handed to a {@link VideoSink}.
 */
public final class JitsiVideoStream extends SecureMediaStream {
    /** The VP8 payload type we offer; an answer uses the one the offer chose. */
    public static final int VP8_PAYLOAD_TYPE = 100;
    private static final double RTP_CLOCK_RATE = 90000;

    private final CallVideoDevice device;

    /** {@code dtlsOutcome} gets null when the peer's certificate matched its fingerprint, or the failure. */
    public JitsiVideoStream(VideoSource source, VideoSink sink, Consumer<Exception> dtlsOutcome) {
        super(dtlsOutcome);
        this.device = new CallVideoDevice(source, sink);
    }

    @Override
    MediaDevice device() {
        return device;
    }

    @Override
    MediaFormat format(MediaService media) {
        return media.getFormatFactory().createMediaFormat("VP8", RTP_CLOCK_RATE);
    }
}
