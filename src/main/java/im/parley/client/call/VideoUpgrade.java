package im.parley.client.call;

import im.parley.client.call.CallOffer.Kind;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.Content;
import im.parley.xmpp.ext.jingle.Jingle;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Video added to and removed from a running call (XEP-0166 §7.2 content-add, -accept, -reject and
 * -remove): either side may offer its camera; the other accepts with its own or declines. The new
 * content gets its own transport like the call's first ones; the session's initiator stays the
 * ICE controlling side, the accepting side opens DTLS (it answers with setup active). Runs on the
 * call thread.
 */
final class VideoUpgrade {
    private static final Logger LOG = Logger.getLogger(VideoUpgrade.class.getName());

    private final CallService service;

    VideoUpgrade(CallService service) {
        this.service = service;
    }

    /** We offer our camera; completes when the peer accepted and video flows, fails when it declines. */
    void add(Call call, VideoSource camera, VideoSink screen, CompletableFuture<Void> started) {
        if (call.state != Call.State.ACTIVE || call.session == null || call.video != null || call.videoAdded != null) {
            started.completeExceptionally(new IllegalStateException("video can be added only to an active voice call: " + call));
            return;
        }
        call.camera = camera;
        call.screen = screen;
        try {
            call.video = service.legs().video(call, call.media.isRawUdp());
        } catch (IOException e) {
            started.completeExceptionally(e);
            return;
        }
        call.offersVideo(true);
        call.videoAdded = started;
        Content.Creator us = call.isIncoming() ? Content.Creator.RESPONDER : Content.Creator.INITIATOR;
        call.session.contentAdd(List.of(CallOffer.offer(Kind.VIDEO, call.video, call.cname, us)));
    }

    /** The peer offers its camera: the call's listener decides with {@link Call#acceptVideo} or {@link Call#rejectVideo}. */
    void offered(Call call, Jingle add) {
        Optional<CallOffer.RemoteMedia> video = remoteVideo(add);
        if (video.isEmpty() || call.video != null || call.videoAdded != null) {
            call.session.contentReject(add.contents());
            return;
        }
        call.videoOffer = video.get();
        service.listener().videoOffered(call);
    }

    void accept(Call call, VideoSource camera, VideoSink screen) {
        CallOffer.RemoteMedia offer = call.videoOffer;
        if (offer == null || call.state == Call.State.ENDED) {
            return;
        }
        call.videoOffer = null;
        call.camera = camera;
        call.screen = screen;
        try {
            call.video = service.legs().video(call, offer.rawUdp());
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot prepare video for " + call, e);
            call.session.contentReject(List.of(Content.reference(offer.creator(), offer.contentName())));
            return;
        }
        call.videoRemote = offer;
        call.offersVideo(true);
        call.session.contentAccept(List.of(CallOffer.answer(Kind.VIDEO, offer, call.video, call.cname)));
        service.mediaConnection().startVideo(call, !call.isIncoming(), true);
    }

    void reject(Call call) {
        CallOffer.RemoteMedia offer = call.videoOffer;
        if (offer != null && call.state != Call.State.ENDED) {
            call.videoOffer = null;
            call.session.contentReject(List.of(Content.reference(offer.creator(), offer.contentName())));
        }
    }

    /** The peer took our camera offer: its answer completes the video's transport. */
    void accepted(Call call, Jingle accept) {
        CompletableFuture<Void> started = call.videoAdded;
        Optional<CallOffer.RemoteMedia> answer = remoteVideo(accept);
        if (started == null || call.video == null || answer.isEmpty()) {
            return;
        }
        call.videoAdded = null;
        call.videoRemote = answer.get();
        boolean weAreDtlsClient = answer.get().fingerprint().setup() == DtlsFingerprint.Setup.PASSIVE;
        service.mediaConnection().startVideo(call, !call.isIncoming(), weAreDtlsClient).whenComplete((path, failure) -> {
            if (failure == null) {
                started.complete(null);
            } else {
                started.completeExceptionally(failure);
            }
        });
    }

    /** The peer declined our camera: the call stays a voice call. */
    void rejected(Call call) {
        CompletableFuture<Void> started = call.videoAdded;
        if (started != null) {
            call.videoAdded = null;
            service.mediaConnection().closeVideo(call);
            call.offersVideo(false);
            started.completeExceptionally(new IllegalStateException("the peer declined video"));
        }
    }

    /** We stop the video both ways (content-remove); the voice goes on. */
    void remove(Call call) {
        if (call.video != null && call.videoRemote != null && call.session != null && call.state != Call.State.ENDED) {
            call.session.contentRemove(List.of(Content.reference(call.videoRemote.creator(), call.videoRemote.contentName())));
            stopped(call);
        }
    }

    /** The peer removed the video content, or we did. */
    void stopped(Call call) {
        service.mediaConnection().closeVideo(call);
        call.offersVideo(false);
        call.videoOffer = null;
    }

    private static Optional<CallOffer.RemoteMedia> remoteVideo(Jingle change) {
        try {
            return CallOffer.remote(change.contents(), Kind.VIDEO);
        } catch (PayloadFormatException e) {
            LOG.log(Level.FINE, "unreadable video content ignored", e);
            return Optional.empty();
        }
    }
}
