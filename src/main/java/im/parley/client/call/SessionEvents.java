package im.parley.client.call;

import im.parley.client.call.CallOffer.Kind;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.Jingle;
import im.parley.xmpp.ext.jingle.JingleListener;
import im.parley.xmpp.ext.jingle.JingleSession;
import im.parley.xmpp.ext.jingle.Reason;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import im.parley.xmpp.ext.jingle.rtp.RtpInfo;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jingle side of the call service: a session-initiate rings (or answers the session our
 * proceed asked for), an accept starts the caller's media, trickled candidates reach their leg,
 * a terminate ends the call. Every event moves onto the call thread first.
 */
final class SessionEvents implements JingleListener {
    private static final Logger LOG = Logger.getLogger(SessionEvents.class.getName());

    private final CallService service;

    SessionEvents(CallService service) {
        this.service = service;
    }

    @Override
    public void incomingSession(JingleSession session, Jingle initiate) {
        service.onCallThread(() -> onInitiate(session, initiate));
    }

    @Override
    public void accepted(JingleSession session, Jingle accept) {
        service.onCallThread(() -> onAccepted(session, accept));
    }

    @Override
    public void transportInfo(JingleSession session, Jingle info) {
        service.onCallThread(() -> onTransportInfo(session, info));
    }

    @Override
    public void sessionInfo(JingleSession session, List<XmlElement> payloads) {
        service.onCallThread(() -> {
            Call call = callOf(session);
            if (call != null && !call.isIncoming() && call.state == Call.State.CONNECTING
                    && payloads.stream().anyMatch(p -> p.name().equals("ringing"))) {
                service.listener().stateChanged(call, Call.State.RINGING);
            }
        });
    }

    @Override
    public void contentChanged(JingleSession session, Jingle change) {
        service.onCallThread(() -> {
            Call call = callOf(session);
            if (call == null || call.state == Call.State.ENDED) {
                return;
            }
            VideoUpgrade video = service.videoUpgrade();
            switch (change.action()) {
                case CONTENT_ADD -> video.offered(call, change);
                case CONTENT_ACCEPT -> video.accepted(call, change);
                case CONTENT_REJECT -> video.rejected(call);
                case CONTENT_REMOVE -> {
                    if (removesVideo(call, change)) {
                        video.stopped(call);
                    }
                }
                default -> LOG.fine(() -> change.action() + " of " + call + " ignored");
            }
        });
    }

    private static boolean removesVideo(Call call, Jingle remove) {
        String name = call.videoRemote != null ? call.videoRemote.contentName()
                : call.videoOffer != null ? call.videoOffer.contentName() : null;
        return name != null && remove.contents().stream().anyMatch(c -> c.name().equals(name));
    }

    @Override
    public void terminated(JingleSession session, Reason reason, boolean byPeer) {
        service.onCallThread(() -> {
            Call call = callOf(session);
            if (call != null) {
                Condition condition = reason == null ? Condition.SUCCESS : reason.condition();
                service.end(call, condition, byPeer, reason == null || reason.text() == null ? condition.elementName() : reason.text());
            }
        });
    }

    private Call callOf(JingleSession session) {
        Call call = service.call(session.sid());
        return call != null && call.session == session ? call : null;
    }

    private void onInitiate(JingleSession session, Jingle initiate) {
        Call call = service.call(session.sid());
        Optional<CallOffer.RemoteMedia> remote;
        Optional<CallOffer.RemoteMedia> videoRemote;
        try {
            remote = CallOffer.remote(initiate.contents(), Kind.AUDIO);
            videoRemote = CallOffer.remote(initiate.contents(), Kind.VIDEO);
        } catch (PayloadFormatException e) {
            session.terminate(Reason.of(Condition.FAILED_APPLICATION, e.getMessage()));
            return;
        }
        if (remote.isEmpty()) {
            session.terminate(Reason.of(Condition.UNSUPPORTED_APPLICATIONS, "an audio call with Opus over ICE-UDP and DTLS-SRTP"));
            return;
        }
        if (call != null) {
            // The session that follows our proceed: it must come from the device we proceeded to.
            if (!call.isIncoming() || !session.peer().equals(call.peer()) || call.session != null
                    || call.state != Call.State.CONNECTING) {
                session.terminate(Reason.of(Condition.GENERAL_ERROR, "unexpected session for call " + call.id()));
                return;
            }
            call.session = session;
            call.remote = remote.get();
            call.videoRemote = videoRemote.orElse(null);
            call.offeredBundle = CallOffer.bundle(initiate.payloads());
            if (service.mediaConnection().matchTransport(call)) {
                service.answer(call);
            }
            return;
        }
        Call direct = new Call(service, session.sid(), session.peer(), true, Call.State.RINGING);
        direct.session = session;
        direct.remote = remote.get();
        direct.videoRemote = videoRemote.orElse(null);
        direct.offersVideo(videoRemote.isPresent());
        direct.offeredBundle = CallOffer.bundle(initiate.payloads());
        service.register(direct);
        session.info(RtpInfo.of(RtpInfo.Kind.RINGING).toXml());
        service.listener().incomingCall(direct);
    }

    private void onAccepted(JingleSession session, Jingle accept) {
        Call call = callOf(session);
        if (call == null || call.isIncoming()) {
            return;
        }
        try {
            Optional<CallOffer.RemoteMedia> remote = CallOffer.remote(accept.contents(), Kind.AUDIO);
            if (remote.isEmpty()) {
                session.terminate(Reason.of(Condition.INCOMPATIBLE_PARAMETERS, "the answer has no usable audio content"));
                service.end(call, Condition.INCOMPATIBLE_PARAMETERS, false, "the answer has no usable audio content");
                return;
            }
            call.remote = remote.get();
            call.videoRemote = call.video == null ? null : CallOffer.remote(accept.contents(), Kind.VIDEO).orElse(null);
            if (call.videoRemote == null) {
                service.mediaConnection().closeVideo(call);
            }
        } catch (PayloadFormatException e) {
            session.terminate(Reason.of(Condition.FAILED_APPLICATION, e.getMessage()));
            service.end(call, Condition.FAILED_APPLICATION, false, e.getMessage());
            return;
        }
        Bundling.accepted(call, accept.payloads());
        // RFC 5763 §5: the answerer chose; active means it opens the handshake, so we serve it.
        boolean weAreDtlsClient = call.remote.fingerprint().setup() == DtlsFingerprint.Setup.PASSIVE;
        service.mediaConnection().start(call, true, weAreDtlsClient);
    }

    private void onTransportInfo(JingleSession session, Jingle info) {
        Call call = callOf(session);
        if (call == null || call.media == null) {
            return;
        }
        String name = call.remote == null ? Kind.AUDIO.contentName() : call.remote.contentName();
        try {
            call.media.addRemoteCandidates(CallOffer.trickled(info.contents(), name));
            if (call.video != null) {
                String videoName = call.videoRemote == null ? Kind.VIDEO.contentName() : call.videoRemote.contentName();
                call.video.addRemoteCandidates(CallOffer.trickled(info.contents(), videoName));
            }
        } catch (PayloadFormatException e) {
            LOG.log(Level.FINE, "unreadable transport-info ignored", e);
        }
    }
}
