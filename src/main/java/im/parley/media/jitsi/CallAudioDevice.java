package im.parley.media.jitsi;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import java.util.function.BooleanSupplier;
import javax.media.Renderer;
import javax.media.protocol.CaptureDevice;
import org.jitsi.impl.neomedia.device.AudioMediaDeviceImpl;
import org.jitsi.impl.neomedia.device.MediaDeviceSession;
import org.jitsi.service.neomedia.MediaDirection;

/** A libjitsi audio device whose microphone is an {@link AudioSource} and whose speaker is an {@link AudioSink}. */
final class CallAudioDevice extends AudioMediaDeviceImpl {
    private final AudioSource source;
    private final AudioSink sink;
    private final BooleanSupplier muted;

    CallAudioDevice(AudioSource source, AudioSink sink, BooleanSupplier muted) {
        this.source = source;
        this.sink = sink;
        this.muted = muted;
    }

    @Override
    protected synchronized CaptureDevice createCaptureDevice() {
        return new SourceCaptureDevice(source, muted);
    }

    @Override
    protected Renderer createRenderer() {
        return new SinkRenderer(sink);
    }

    @Override
    public MediaDeviceSession createSession() {
        return new CallAudioSession(this);
    }

    @Override
    public MediaDirection getDirection() {
        return MediaDirection.SENDRECV;
    }
}
