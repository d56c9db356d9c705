package im.parley.media;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSession;
import im.parley.media.ice.IceSettings;
import im.parley.media.rawudp.RawUdpSession;
import im.parley.media.jitsi.JitsiAudioStream;
import im.parley.media.jitsi.JitsiVideoStream;
import im.parley.media.jitsi.SecureMediaStream;
import im.parley.media.video.CameraSwitch;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.util.function.Consumer;
import java.util.function.Function;
import java.io.IOException;
import java.net.DatagramSocket;
import java.time.Duration;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The media of one Jingle content (audio or video): ICE gathered before signalling, then
 * connectivity checks, then the RTP stream over DTLS-SRTP on the selected pair. Signalling lives
 * in the client layer and only moves the values this class exposes.
 */
public final class MediaLeg implements AutoCloseable {
    /** Opus's payload type in every current client's offer; ours too. */
    public static final int OPUS_PAYLOAD_TYPE = 111;
    /** VP8's payload type in our offers. */
    public static final int VP8_PAYLOAD_TYPE = JitsiVideoStream.VP8_PAYLOAD_TYPE;
    /** Long enough for a TURN path across the world, short enough that a dead call does not hang. */
    public static final Duration DEFAULT_ICE_TIMEOUT = Duration.ofSeconds(20);
    /** A handshake that has not finished by then will not: BouncyCastle's retransmissions are spent. */
    private static final Duration DTLS_TIMEOUT = Duration.ofSeconds(15);

    private final IceSession ice;
    private final RawUdpSession raw;
    private final SecureMediaStream stream;
    private final CameraSwitch camera;
    private final CompletableFuture<Void> dtlsVerified = new CompletableFuture<>();
    private volatile IcePath path;

    private MediaLeg(IceSession ice, RawUdpSession raw, CameraSwitch camera,
            Function<Consumer<Exception>, SecureMediaStream> stream) {
        this.ice = ice;
        this.raw = raw;
        this.camera = camera;
        this.stream = stream.apply(failure -> {
            if (failure == null) {
                dtlsVerified.complete(null);
            } else {
                dtlsVerified.completeExceptionally(new DtlsFailedException(
                        "the peer's DTLS certificate does not match the signalled fingerprint", failure));
            }
        });
    }

    /** An Opus audio leg; candidates are gathered now, so they can go into the session-initiate or -accept. */
    public static MediaLeg audio(IceSettings settings, AudioSource source, AudioSink sink) throws IOException {
        IceSession ice = IceSession.gather("audio", settings);
        return new MediaLeg(ice, null, null, outcome -> new JitsiAudioStream(source, sink, outcome));
    }

    /** A VP8 video leg with its own ICE stream (no BUNDLE yet). */
    public static MediaLeg video(IceSettings settings, VideoSource camera, VideoSink screen) throws IOException {
        IceSession ice = IceSession.gather("video", settings);
        CameraSwitch cameraSwitch = new CameraSwitch(camera);
        return new MediaLeg(ice, null, cameraSwitch, outcome -> new JitsiVideoStream(cameraSwitch, screen, outcome));
    }

    /** An Opus audio leg over XEP-0177 Raw UDP (no ICE), bound on loopback in loopback mode. */
    public static MediaLeg audioOverRawUdp(IceSettings settings, AudioSource source, AudioSink sink) throws IOException {
        return new MediaLeg(null, RawUdpSession.bind(settings.loopbackOnly()), null,
                outcome -> new JitsiAudioStream(source, sink, outcome));
    }

    /** A VP8 video leg over XEP-0177 Raw UDP. */
    public static MediaLeg videoOverRawUdp(IceSettings settings, VideoSource camera, VideoSink screen) throws IOException {
        CameraSwitch cameraSwitch = new CameraSwitch(camera);
        return new MediaLeg(null, RawUdpSession.bind(settings.loopbackOnly()), cameraSwitch,
                outcome -> new JitsiVideoStream(cameraSwitch, screen, outcome));
    }

    /** Whether this leg uses Raw UDP rather than ICE-UDP. */
    public boolean isRawUdp() {
        return raw != null;
    }

    /** The Raw UDP peer's candidate. */
    public void remoteRawUdp(String ip, int port) {
        raw.setRemote(ip, port);
    }

    public String iceUfrag() {
        return ice.ufrag();
    }

    public String icePassword() {
        return ice.password();
    }

    public List<IceCandidate> localCandidates() {
        return raw != null ? List.of(raw.localCandidate()) : ice.localCandidates();
    }

    public String fingerprintHash() {
        return stream.fingerprintHash();
    }

    public String fingerprint() {
        return stream.fingerprint();
    }

    public void remoteIce(String ufrag, String password, List<IceCandidate> candidates) {
        ice.setRemote(ufrag, password, candidates);
    }

    public void addRemoteCandidates(List<IceCandidate> candidates) {
        if (ice != null) {
            ice.addRemoteCandidates(candidates);
        }
    }

    /**
     * Runs ICE, then starts media on the selected pair. Completes once the peer's certificate matched
     * its fingerprint; fails with {@link im.parley.media.ice.IceFailedException} or {@link DtlsFailedException}.
     */
    public CompletableFuture<IcePath> connect(boolean iceControlling, boolean dtlsClient, String remoteHash,
            String remoteFingerprint) {
        return connect(iceControlling, dtlsClient, remoteHash, remoteFingerprint, OPUS_PAYLOAD_TYPE, DEFAULT_ICE_TIMEOUT);
    }

    /** As above, with the Opus payload type the offer chose and how long ICE may try. */
    public CompletableFuture<IcePath> connect(boolean iceControlling, boolean dtlsClient, String remoteHash,
            String remoteFingerprint, int payloadType, Duration iceTimeout) {
        CompletableFuture<IcePath> found = raw != null ? raw.start() : ice.start(iceControlling, iceTimeout);
        DatagramSocket socket = raw != null ? raw.socket() : ice.socket();
        return found.thenCompose(selected -> {
            try {
                stream.start(socket, selected.remote(), dtlsClient, remoteHash, remoteFingerprint, payloadType);
            } catch (SocketException e) {
                throw new CompletionException(e);
            }
            path = selected;
            CompletableFuture.delayedExecutor(DTLS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                    dtlsVerified.completeExceptionally(new DtlsFailedException(
                            "no DTLS handshake within " + DTLS_TIMEOUT.toSeconds() + " s", null)));
            return dtlsVerified.thenApply(verified -> selected);
        });
    }

    /** The selected path, or null before ICE completed. */
    public IcePath path() {
        return path;
    }

    /** Sends silence (audio) instead of the microphone; a video leg has nothing to mute. */
    public void mute(boolean mute) {
        if (stream instanceof JitsiAudioStream audio) {
            audio.mute(mute);
        }
    }

    public void hold(boolean hold) {
        stream.hold(hold);
    }

    /** Camera off sends black frames, on sends the camera again; a voice leg has no camera. */
    public void camera(boolean on) {
        if (camera != null) {
            camera.on(on);
        }
    }

    public CallCounters counters() {
        return stream.counters();
    }

    /** How this video leg may ask the peer for keyframes (XEP-0293); a voice leg ignores it. */
    public void keyFrameRequests(KeyFrameRequest agreed) {
        if (stream instanceof JitsiVideoStream video) {
            video.keyFrameRequests(agreed);
        }
    }

    /** Keyframe traffic of a video leg; all zero for a voice leg. */
    public KeyFrameCounters keyFrameCounters() {
        return stream instanceof JitsiVideoStream video ? video.keyFrameCounters() : new KeyFrameCounters(0, 0, 0);
    }

    /** Stops media and frees every socket and thread of this call. */
    @Override
    public void close() {
        stream.close();
        if (ice != null) {
            ice.close();
        } else {
            raw.close();
        }
        dtlsVerified.cancel(false);
    }
}
