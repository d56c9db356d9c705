package im.parley.media.jitsi;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import java.util.function.Consumer;
import org.jitsi.service.neomedia.MediaService;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.RTPExtension;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jitsi.service.neomedia.format.MediaFormat;

/** One Opus audio stream over DTLS-SRTP; our own device supplies and takes the PCM. */
public final class JitsiAudioStream extends SecureMediaStream {
    private final CallAudioDevice device;
    private volatile boolean muted;
    private volatile PeerAudioLevel peerLevel;

    /** {@code dtlsOutcome} gets null when the peer's certificate matched its fingerprint, or the failure. */
    public JitsiAudioStream(AudioSource source, AudioSink sink, Consumer<Exception> dtlsOutcome) {
        super(dtlsOutcome);
        this.device = new CallAudioDevice(source, sink, () -> muted);
    }

    @Override
    MediaDevice device() {
        return device;
    }

    @Override
    MediaFormat format(MediaService media) {
        return media.getFormatFactory().createMediaFormat("opus", 48000, 2);
    }

    public void mute(boolean mute) {
        muted = mute;
    }

    /** The level of the peer's latest packet in -dBov (127: silence), or -1 unknown or not agreed. */
    public int peerAudioLevel() {
        PeerAudioLevel reader = peerLevel;
        return reader == null ? -1 : reader.latest();
    }

    @Override
    void configure(MediaStream stream) {
        int id = extensionId(RTPExtension.SSRC_AUDIO_LEVEL_URN);
        if (id > 0) {
            peerLevel = new PeerAudioLevel(id);
            stream.setExternalTransformer(peerLevel);
        }
    }
}
