package im.parley.media;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSession;
import im.parley.media.ice.IceSettings;
import im.parley.media.rawudp.RawUdpSession;
import im.parley.media.jitsi.BundleDemux;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

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
    /** A stream's close sends RTCP BYE and stops its threads: well under a second when it goes well. */
    private static final Duration STREAM_CLOSE_WAIT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(MediaLeg.class.getName());

    private final IceSession ice;
    private final RawUdpSession raw;
    private final SecureMediaStream stream;
    private final CameraSwitch camera;
    private final CompletableFuture<Void> dtlsVerified = new CompletableFuture<>();
    /** The pair ICE selected (or the Raw UDP peer), for a leg bundled onto this one. */
    private final CompletableFuture<IcePath> selected = new CompletableFuture<>();
    private volatile IcePath path;
    /** The leg whose transport this one shares (XEP-0338 BUNDLE), or null. */
    private MediaLeg owner;
    /** How a shared transport is split between the legs; null when not shared. */
    private BundleDemux demux;

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

    /**
     * A VP8 video leg sharing {@code audio}'s ICE transport and DTLS session (XEP-0338 BUNDLE,
     * RFC 8843): its transport in signalling is the audio leg's. Must be made before the audio leg
     * connects.
     */
    public static MediaLeg videoBundledWith(MediaLeg audio, VideoSource camera, VideoSink screen) {
        if (audio.ice == null || audio.owner != null) {
            throw new IllegalArgumentException("only an ICE audio leg of its own can carry a bundle");
        }
        CameraSwitch cameraSwitch = new CameraSwitch(camera);
        MediaLeg video = new MediaLeg(null, null, cameraSwitch,
                unused -> new JitsiVideoStream(cameraSwitch, screen, audio.stream));
        BundleDemux demux = new BundleDemux();
        audio.demux = demux;
        video.demux = demux;
        video.owner = audio;
        return video;
    }

    /** Whether this leg shares another leg's transport. */
    public boolean isBundled() {
        return owner != null;
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
        return owner != null ? owner.isRawUdp() : raw != null;
    }

    /** The Raw UDP peer's candidate. */
    public void remoteRawUdp(String ip, int port) {
        raw.setRemote(ip, port);
    }

    public String iceUfrag() {
        return owner != null ? owner.iceUfrag() : ice.ufrag();
    }

    public String icePassword() {
        return owner != null ? owner.icePassword() : ice.password();
    }

    public List<IceCandidate> localCandidates() {
        if (owner != null) {
            return owner.localCandidates();
        }
        return raw != null ? List.of(raw.localCandidate()) : ice.localCandidates();
    }

    public String fingerprintHash() {
        return stream.fingerprintHash();
    }

    public String fingerprint() {
        return stream.fingerprint();
    }

    /** The peer's ICE transport; a bundled leg takes its owner's and ignores this. */
    public void remoteIce(String ufrag, String password, List<IceCandidate> candidates) {
        if (ice != null) {
            ice.setRemote(ufrag, password, candidates);
        }
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
        if (owner != null) {
            demux.videoPayloadType(payloadType);
            return owner.selected.thenCompose(shared -> {
                try {
                    stream.start(owner.ice.socket(), shared.remote(), dtlsClient, remoteHash, remoteFingerprint,
                            payloadType, demux);
                } catch (SocketException e) {
                    throw new CompletionException(e);
                }
                path = shared;
                return owner.dtlsVerified.thenApply(verified -> shared);
            });
        }
        CompletableFuture<IcePath> found = raw != null ? raw.start() : ice.start(iceControlling, iceTimeout);
        DatagramSocket socket = raw != null ? raw.socket() : ice.socket();
        return found.thenCompose(selected -> {
            try {
                if (demux != null) {
                    stream.start(socket, selected.remote(), dtlsClient, remoteHash, remoteFingerprint, payloadType, demux);
                } else {
                    stream.start(socket, selected.remote(), dtlsClient, remoteHash, remoteFingerprint, payloadType);
                }
            } catch (SocketException e) {
                throw new CompletionException(e);
            }
            path = selected;
            this.selected.complete(selected);
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

    /** The peer's latest audio level in -dBov (127: silence; RFC 6464), or -1 unknown or not agreed. */
    public int peerAudioLevel() {
        return stream instanceof JitsiAudioStream audio ? audio.peerAudioLevel() : -1;
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

    /** The SSRC this leg's RTP goes out with, announced in signalling (XEP-0339). */
    public long localSsrc() {
        return stream.localSsrc();
    }

    /**
     * The SSRCs the peer announced for this content: a leg sharing a transport then routes the
     * peer's first RTCP right, before any of its RTP arrived.
     */
    public void remoteSources(Set<Long> ssrcs) {
        if (owner != null) {
            demux.videoSources(ssrcs);
        }
    }

    /** The RTP header extensions both sides agreed on (XEP-0294), by id; set before connecting. */
    public void headerExtensions(Map<Integer, String> byId) {
        stream.headerExtensions(byId);
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

    /**
     * Stops media and frees every socket and thread of this call, within about
     * {@link #STREAM_CLOSE_WAIT}: FMJ can wait forever to release a player that is still being
     * configured, waiting for the first packet of a stream that ended before it came. That close
     * is then left to its own thread (and logged), and the sockets are closed all the same.
     */
    @Override
    public void close() {
        Thread closing = new Thread(stream::close, "parley-media-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(STREAM_CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warning("libjitsi did not release a media stream within " + STREAM_CLOSE_WAIT.toSeconds()
                    + " s; its sockets are closed and its close goes on in the background");
        }
        if (ice != null) {
            ice.close();
        } else if (raw != null) {
            raw.close();
        }
        dtlsVerified.cancel(false);
        selected.cancel(false);
    }
}
