package im.parley.client.call;

import im.parley.client.call.CallOffer.Kind;
import im.parley.media.DtlsFailedException;
import im.parley.media.MediaLeg;
import im.parley.media.MediaRuntime;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.SwitchableAudioSink;
import im.parley.media.audio.SwitchableAudioSource;
import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IceFailedException;
import im.parley.media.ice.IcePath;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import im.parley.xmpp.ext.jingle.Reason;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A call's media from the devices to the far end: its legs built over the transport the far end
 * takes (and built again when it takes the other), then connected. The call counts as connected
 * once its voice is; its video may fail alone and the voice goes on. A failure that ends the call
 * ends it through the service, with the reason the failure gives. Runs on the call thread.
 */
final class CallMediaConnection {
    private static final Logger LOG = Logger.getLogger(CallMediaConnection.class.getName());

    private final CallService service;
    private final CallLegs legs;
    private final CallSettings settings;
    private final Executor callThread;

    CallMediaConnection(CallService service, CallLegs legs, CallSettings settings, Executor callThread) {
        this.service = service;
        this.legs = legs;
        this.settings = settings;
        this.callThread = callThread;
    }

    /** Takes the devices into the call and builds its legs; false when that failed and the call ended. */
    boolean prepare(Call call, AudioSource microphone, AudioSink speaker, VideoSource camera, VideoSink screen) {
        try {
            MediaRuntime.start();
            call.microphone = new SwitchableAudioSource(microphone);
            call.speaker = new SwitchableAudioSink(speaker);
            call.camera = camera;
            call.screen = screen;
            // An incoming direct session's offer decides the transport; otherwise the device's caps
            // or our settings.
            legs.build(call, call.remote != null ? call.remote.rawUdp() : legs.rawUdpFor(call.peer()));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot prepare media for " + call, e);
            service.end(call, Condition.FAILED_TRANSPORT, false, "no network candidates: " + e.getMessage());
            return false;
        }
    }

    /**
     * After a proceed we prepared legs by our settings; the session-initiate may use the other
     * transport (a peer without ICE offers Raw UDP): then the legs are built again to match.
     */
    boolean matchTransport(Call call) {
        return matchTransport(call, call.remote.rawUdp());
    }

    /** Rebuilds the legs when they are not over the transport wanted; false when that failed and the call ended. */
    boolean matchTransport(Call call, boolean rawUdp) {
        if (call.media.isRawUdp() == rawUdp) {
            return true;
        }
        call.media.close();
        if (call.video != null) {
            call.video.close();
        }
        try {
            legs.build(call, rawUdp);
            return true;
        } catch (IOException e) {
            if (call.session != null) {
                call.session.terminate(Reason.of(Condition.FAILED_TRANSPORT, e.getMessage()));
            }
            service.end(call, Condition.FAILED_TRANSPORT, false, e.getMessage());
            return false;
        }
    }

    /** Starts every leg; the call counts as connected once its audio is (video may follow or fail alone). */
    void start(Call call, boolean iceControlling, boolean dtlsClient) {
        startVideo(call, iceControlling, dtlsClient);
        connectLeg(Kind.AUDIO, call.media, call.remote, iceControlling, dtlsClient).whenCompleteAsync((path, failure) -> {
                    if (call.state == Call.State.ENDED) {
                        return;
                    }
                    if (failure == null) {
                        call.connectedNanos = System.nanoTime();
                        call.answeredAt = Instant.now();
                        service.setState(call, Call.State.ACTIVE);
                        call.connected().complete(null);
                    } else {
                        failed(call, failure instanceof CompletionException ? failure.getCause() : failure);
                    }
                }, callThread);
    }

    /** Connects the video leg, if the call has one agreed; a video that fails leaves the voice going. */
    CompletableFuture<IcePath> startVideo(Call call, boolean iceControlling, boolean dtlsClient) {
        MediaLeg video = call.video;
        if (video == null || call.videoRemote == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no video agreed"));
        }
        CompletableFuture<IcePath> connected = connectLeg(Kind.VIDEO, video, call.videoRemote, iceControlling, dtlsClient);
        connected.whenCompleteAsync((path, failure) -> {
            if (failure != null && call.video == video) {
                LOG.log(Level.INFO, "video of " + call + " did not connect; the call goes on with audio", failure);
                closeVideo(call);
            }
        }, callThread);
        return connected;
    }

    void closeVideo(Call call) {
        if (call.video != null) {
            call.video.close();
            call.video = null;
        }
        call.videoRemote = null;
    }

    private CompletableFuture<IcePath> connectLeg(Kind kind, MediaLeg leg,
            CallOffer.RemoteMedia remote, boolean iceControlling, boolean dtlsClient) {
        if (remote.rawUdp()) {
            IceCandidate candidate = remote.candidates().get(0);
            leg.remoteRawUdp(candidate.ip(), candidate.port());
        } else {
            leg.remoteIce(remote.ufrag(), remote.pwd(), remote.candidates());
        }
        leg.keyFrameRequests(remote.keyFrameRequest());
        leg.remoteSources(remote.sources());
        Map<Integer, String> extensions = new HashMap<>();
        remote.agreedHeaderExtensions(kind).forEach(e -> extensions.put(e.id(), e.uri()));
        leg.headerExtensions(extensions);
        return leg.connect(iceControlling, dtlsClient, remote.fingerprint().hash(), remote.fingerprint().fingerprint(),
                remote.payloadType(), settings.connectTimeout());
    }

    private void failed(Call call, Throwable cause) {
        Condition condition = cause instanceof DtlsFailedException ? Condition.SECURITY_ERROR
                : cause instanceof IceFailedException ? Condition.CONNECTIVITY_ERROR : Condition.MEDIA_ERROR;
        if (call.session != null) {
            call.session.terminate(Reason.of(condition, cause.getMessage()));
        }
        service.end(call, condition, false, cause.getMessage());
    }
}
