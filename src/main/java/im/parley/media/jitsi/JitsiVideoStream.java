package im.parley.media.jitsi;

import im.parley.media.KeyFrameCounters;
import im.parley.media.KeyFrameRequest;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.util.function.Consumer;
import org.jitsi.service.neomedia.MediaService;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jitsi.service.neomedia.format.MediaFormat;

/**
 * One VP8 video stream over DTLS-SRTP: a {@link VideoSource}'s frames go out through our
 * {@link Vp8Encoder} and libjitsi's packetizer; what arrives is de-packetized by libjitsi, decoded
 * by {@link Vp8Decoder} and handed to a {@link VideoSink}. Keyframes are asked for and given
 * through {@link KeyFrameRequests}.
 */
public final class JitsiVideoStream extends SecureMediaStream {
    /** The VP8 payload type we offer; an answer uses the one the offer chose. */
    public static final int VP8_PAYLOAD_TYPE = 100;
    private static final double RTP_CLOCK_RATE = 90000;

    private final CallVideoDevice device;
    private final Vp8Encoder encoder = new Vp8Encoder();
    private final KeyFrameRequests keyFrames = new KeyFrameRequests(encoder, localSsrc());

    /** {@code dtlsOutcome} gets null when the peer's certificate matched its fingerprint, or the failure. */
    public JitsiVideoStream(VideoSource source, VideoSink sink, Consumer<Exception> dtlsOutcome) {
        super(dtlsOutcome);
        this.device = new CallVideoDevice(source, sink, encoder, keyFrames::keyFrameNeeded);
        observeDecryptedRtcp(keyFrames::incomingRtcp);
    }

    /** A video stream bundled onto {@code owner}'s transport and DTLS session (XEP-0338 BUNDLE). */
    public JitsiVideoStream(VideoSource source, VideoSink sink, SecureMediaStream owner) {
        super(owner);
        this.device = new CallVideoDevice(source, sink, encoder, keyFrames::keyFrameNeeded);
        observeDecryptedRtcp(keyFrames::incomingRtcp);
    }

    /** How our decoder may ask the peer for a keyframe, as negotiated. */
    public void keyFrameRequests(KeyFrameRequest agreed) {
        keyFrames.method(agreed);
    }

    public KeyFrameCounters keyFrameCounters() {
        return new KeyFrameCounters(keyFrames.requestsSent(), keyFrames.requestsReceived(), encoder.keyFramesSent());
    }

    @Override
    void configure(MediaStream stream) {
        keyFrames.attach(stream);
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
