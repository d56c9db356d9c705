package im.parley.media.jitsi;

import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import javax.media.Renderer;
import javax.media.protocol.CaptureDevice;
import org.jitsi.impl.neomedia.device.MediaDeviceImpl;
import org.jitsi.impl.neomedia.device.MediaDeviceSession;
import org.jitsi.service.neomedia.MediaDirection;
import org.jitsi.utils.MediaType;

/** A libjitsi video device whose camera is a {@link VideoSource} and whose screen is a {@link VideoSink}. */
final class CallVideoDevice extends MediaDeviceImpl {
    private final VideoSource source;
    private final VideoSink sink;
    private final Vp8Encoder encoder;
    private final Runnable keyFrameNeeded;

    CallVideoDevice(VideoSource source, VideoSink sink, Vp8Encoder encoder, Runnable keyFrameNeeded) {
        super(MediaType.VIDEO);
        this.source = source;
        this.sink = sink;
        this.encoder = encoder;
        this.keyFrameNeeded = keyFrameNeeded;
    }

    @Override
    protected CaptureDevice createCaptureDevice() {
        return new VideoSourceCaptureDevice(source);
    }

    @Override
    protected Renderer createRenderer() {
        return new VideoSinkRenderer(sink);
    }

    @Override
    public MediaDeviceSession createSession() {
        return new HeadlessVideoSession(this, encoder, keyFrameNeeded);
    }

    @Override
    public MediaDirection getDirection() {
        return MediaDirection.SENDRECV;
    }
}
