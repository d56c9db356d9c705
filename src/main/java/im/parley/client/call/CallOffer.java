package im.parley.client.call;

import im.parley.media.KeyFrameRequest;
import im.parley.media.MediaLeg;
import im.parley.media.ice.IceCandidate;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.Content;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import im.parley.xmpp.ext.jingle.grouping.Group;
import im.parley.xmpp.ext.jingle.iceudp.CandidateType;
import im.parley.xmpp.ext.jingle.iceudp.IceUdpTransport;
import im.parley.xmpp.ext.jingle.rawudp.RawUdpCandidate;
import im.parley.xmpp.ext.jingle.rawudp.RawUdpTransport;
import im.parley.xmpp.ext.jingle.rtp.Parameter;
import im.parley.xmpp.ext.jingle.rtp.PayloadType;
import im.parley.xmpp.ext.jingle.rtp.RtcpFeedback;
import im.parley.xmpp.ext.jingle.rtp.RtpDescription;
import im.parley.xmpp.ext.jingle.rtp.RtpHeaderExtension;
import im.parley.xmpp.ext.jingle.rtp.Source;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves an audio call's media values in and out of Jingle contents: XEP-0167 description (Opus,
 * rtcp-mux), XEP-0176 ICE-UDP transport with XEP-0320 fingerprint. Pure: no network, no state.
 */
final class CallOffer {
    private CallOffer() {
    }

    /** RFC 6464: the level of each audio packet in its header, for a speaking indicator without decoding. */
    static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    private static final RtcpFeedback PLI = RtcpFeedback.of("nack", "pli");
    private static final RtcpFeedback FIR = RtcpFeedback.of("ccm", "fir");

    /**
     * The two kinds of content a call has, each with the one codec Parley sends: Opus, VP8; video
     * with the XEP-0293 keyframe requests we both send and honour.
     */
    enum Kind {
        AUDIO("audio", "opus", 48_000L, 2, MediaLeg.OPUS_PAYLOAD_TYPE,
                List.of(new Parameter("minptime", "10"), new Parameter("useinbandfec", "1")), List.of(),
                List.of(RtpHeaderExtension.of(1, AUDIO_LEVEL))),
        VIDEO("video", "VP8", 90_000L, 1, MediaLeg.VP8_PAYLOAD_TYPE, List.of(), List.of(PLI, FIR), List.of());

        final String media;
        final String codec;
        final long clockrate;
        final int channels;
        final int payloadType;
        final List<Parameter> parameters;
        final List<RtcpFeedback> feedback;
        /** The XEP-0294 header extensions we write and read, with the ids we offer. */
        final List<RtpHeaderExtension> headerExtensions;

        Kind(String media, String codec, long clockrate, int channels, int payloadType, List<Parameter> parameters,
                List<RtcpFeedback> feedback, List<RtpHeaderExtension> headerExtensions) {
            this.media = media;
            this.codec = codec;
            this.clockrate = clockrate;
            this.channels = channels;
            this.payloadType = payloadType;
            this.parameters = parameters;
            this.feedback = feedback;
            this.headerExtensions = headerExtensions;
        }

        /** Our content's name for this kind; a peer's offer may use other names. */
        String contentName() {
            return media;
        }
    }

    /**
     * What the remote side's content says about its media, once checked.
     *
     * @param creator who created the content: an answer keeps it (XEP-0166 §7.3)
     * @param feedback the XEP-0293 feedback of our codec's payload type and of the whole description
     * @param sources the SSRCs the peer announced for this content (XEP-0339), perhaps none
     * @param headerExtensions the RTP header extensions of the peer's description (XEP-0294)
     */
    record RemoteMedia(Content.Creator creator, String contentName, String ufrag, String pwd, List<IceCandidate> candidates,
            DtlsFingerprint fingerprint, int payloadType, boolean rawUdp, List<RtcpFeedback> feedback, Set<Long> sources,
            List<RtpHeaderExtension> headerExtensions) {
        RemoteMedia {
            feedback = List.copyOf(feedback);
            sources = Set.copyOf(sources);
            headerExtensions = List.copyOf(headerExtensions);
        }

        /**
         * The peer's header extensions that we use too, with the peer's ids: in an answer they are
         * what both agreed; answering an offer, they are what we keep (XEP-0294 §3).
         */
        List<RtpHeaderExtension> agreedHeaderExtensions(Kind kind) {
            return headerExtensions.stream()
                    .filter(theirs -> kind.headerExtensions.stream().anyMatch(ours -> ours.uri().equals(theirs.uri())))
                    .toList();
        }

        /** The feedback of {@code kind} both sides want: an answer keeps only what was offered (XEP-0293 §4). */
        List<RtcpFeedback> agreedFeedback(Kind kind) {
            return kind.feedback.stream().filter(ours -> feedback.stream().anyMatch(theirs -> same(ours, theirs))).toList();
        }

        /** How to ask this peer for a keyframe: PLI preferred, as every WebRTC stack sends it. */
        KeyFrameRequest keyFrameRequest() {
            if (feedback.stream().anyMatch(f -> same(f, PLI))) {
                return KeyFrameRequest.PLI;
            }
            return feedback.stream().anyMatch(f -> same(f, FIR)) ? KeyFrameRequest.FIR : KeyFrameRequest.NONE;
        }

        private static boolean same(RtcpFeedback a, RtcpFeedback b) {
            return a.type().equalsIgnoreCase(b.type())
                    && (a.subtype() == null ? b.subtype() == null : a.subtype().equalsIgnoreCase(b.subtype()));
        }
    }

    static RtpDescription description(Kind kind, int payloadType, List<RtcpFeedback> feedback, List<Source> sources,
            List<RtpHeaderExtension> headerExtensions) {
        PayloadType codec = new PayloadType(payloadType, kind.codec, kind.clockrate, kind.channels, null, null,
                kind.parameters, feedback, null);
        return new RtpDescription(kind.media, null, List.of(codec), true, null, List.of(), null, headerExtensions, false,
                sources, List.of(), List.of());
    }

    /** Our session-initiate's content of this kind; {@code cname} names the call's sources (XEP-0339). */
    static Content offer(Kind kind, MediaLeg media, String cname) {
        return offer(kind, media, cname, Content.Creator.INITIATOR);
    }

    /** Our offer of this kind, created by us in the role {@code creator} (a content-add names its adder). */
    static Content offer(Kind kind, MediaLeg media, String cname, Content.Creator creator) {
        return content(kind, creator, kind.contentName(), media, DtlsFingerprint.Setup.ACTPASS, kind.payloadType,
                kind.feedback, kind.headerExtensions, cname);
    }

    /** Our answer to the peer's content of this kind: its name and payload type, the feedback both want. */
    static Content answer(Kind kind, RemoteMedia remote, MediaLeg media, String cname) {
        return content(kind, remote.creator(), remote.contentName(), media, DtlsFingerprint.Setup.ACTIVE,
                remote.payloadType(), remote.agreedFeedback(kind), remote.agreedHeaderExtensions(kind), cname);
    }

    private static Content content(Kind kind, Content.Creator creator, String name, MediaLeg media,
            DtlsFingerprint.Setup setup, int payloadType, List<RtcpFeedback> feedback,
            List<RtpHeaderExtension> headerExtensions, String cname) {
        DtlsFingerprint fingerprint = new DtlsFingerprint(media.fingerprintHash(), setup, media.fingerprint());
        XmlElement transport;
        if (media.isRawUdp()) {
            IceCandidate c = media.localCandidates().get(0);
            transport = new RawUdpTransport(List.of(new RawUdpCandidate(1, 0, "c0", c.ip(), c.port(), CandidateType.HOST)),
                    fingerprint).toXml();
        } else {
            transport = new IceUdpTransport(media.iceUfrag(), media.icePassword(), fingerprint,
                    toJingle(media.localCandidates()), null).toXml();
        }
        Source source = new Source(media.localSsrc(), List.of(new Parameter("cname", cname)));
        return Content.of(creator, name,
                description(kind, payloadType, feedback, List.of(source), headerExtensions).toXml(), transport);
    }

    static List<im.parley.xmpp.ext.jingle.iceudp.IceCandidate> toJingle(List<IceCandidate> candidates) {
        List<im.parley.xmpp.ext.jingle.iceudp.IceCandidate> out = new ArrayList<>();
        int n = 0;
        for (IceCandidate c : candidates) {
            out.add(new im.parley.xmpp.ext.jingle.iceudp.IceCandidate(c.component(), c.foundation(), c.generation(),
                    "c" + (n++), c.ip(), 0, c.port(), c.priority(), c.protocol(), c.relatedAddress(),
                    c.relatedAddress() == null ? null : c.relatedPort(), jingleType(c.type())));
        }
        return out;
    }

    private static CandidateType jingleType(IceCandidate.Type type) {
        return switch (type) {
            case HOST -> CandidateType.HOST;
            case SERVER_REFLEXIVE -> CandidateType.SRFLX;
            case PEER_REFLEXIVE -> CandidateType.PRFLX;
            case RELAYED -> CandidateType.RELAY;
        };
    }

    static List<IceCandidate> fromJingle(List<im.parley.xmpp.ext.jingle.iceudp.IceCandidate> candidates) {
        List<IceCandidate> out = new ArrayList<>();
        for (var c : candidates) {
            if (!"udp".equalsIgnoreCase(c.protocol())) {
                continue;
            }
            out.add(new IceCandidate(c.foundation(), c.component(), "udp", c.priority(), c.ip(), c.port(),
                    IceCandidate.Type.fromWire(c.type().wire()), c.relAddr(), c.relPort() == null ? 0 : c.relPort(),
                    c.generation()));
        }
        return out;
    }

    /**
     * The content of this kind we can take from a peer's offer or answer: an RTP description with
     * our codec and an ICE-UDP transport with a DTLS fingerprint. Empty when there is none (for
     * audio the call then ends with unsupported-applications; video is left out).
     */
    static Optional<RemoteMedia> remote(List<Content> contents, Kind kind) throws PayloadFormatException {
        for (Content content : contents) {
            if (content.description() == null || content.transport() == null
                    || !content.description().is(RtpDescription.ELEMENT, RtpDescription.NAMESPACE)) {
                continue;
            }
            boolean ice = content.transport().is(IceUdpTransport.ELEMENT, IceUdpTransport.NAMESPACE);
            boolean raw = content.transport().is(RawUdpTransport.ELEMENT, RawUdpTransport.NAMESPACE);
            if (!ice && !raw) {
                continue;
            }
            RtpDescription description = RtpDescription.fromXml(content.description());
            if (!kind.media.equals(description.media())) {
                continue;
            }
            Optional<PayloadType> codec = description.payloadTypes().stream()
                    .filter(p -> kind.codec.equalsIgnoreCase(p.name()) && Long.valueOf(kind.clockrate).equals(p.clockrate()))
                    .findFirst();
            if (codec.isEmpty()) {
                continue;
            }
            List<RtcpFeedback> feedback = new ArrayList<>(codec.get().feedback());
            feedback.addAll(description.feedback());
            Set<Long> sources = description.sources().stream().map(Source::ssrc).collect(Collectors.toSet());
            if (raw) {
                RawUdpTransport transport = RawUdpTransport.fromXml(content.transport());
                Optional<RawUdpCandidate> rtp = transport.candidates().stream().filter(c -> c.component() == 1).findFirst();
                if (transport.fingerprint() == null || rtp.isEmpty()) {
                    continue;
                }
                IceCandidate candidate = new IceCandidate("1", 1, "udp", 0, rtp.get().ip(), rtp.get().port(),
                        IceCandidate.Type.HOST, null, 0, rtp.get().generation());
                return Optional.of(new RemoteMedia(content.creator(), content.name(), null, null, List.of(candidate),
                        transport.fingerprint(), codec.get().id(), true, feedback, sources, description.headerExtensions()));
            }
            IceUdpTransport transport = IceUdpTransport.fromXml(content.transport());
            if (transport.fingerprint() == null) {
                continue;
            }
            return Optional.of(new RemoteMedia(content.creator(), content.name(), transport.ufrag(), transport.pwd(),
                    fromJingle(transport.candidates()), transport.fingerprint(), codec.get().id(), false, feedback, sources,
                    description.headerExtensions()));
        }
        return Optional.empty();
    }

    /**
     * The content names of the first XEP-0338 BUNDLE group among a session's payloads; empty when
     * there is none (or it cannot be read: then the contents keep their own transports).
     */
    static List<String> bundle(List<XmlElement> payloads) {
        for (XmlElement payload : payloads) {
            if (payload.is(Group.ELEMENT, Group.NAMESPACE)) {
                try {
                    Group group = Group.fromXml(payload);
                    if (Group.BUNDLE.equals(group.semantics())) {
                        return group.contents();
                    }
                } catch (PayloadFormatException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** Candidates trickled in a transport-info, for the content of this call. */
    static List<IceCandidate> trickled(List<Content> contents, String contentName) throws PayloadFormatException {
        List<IceCandidate> out = new ArrayList<>();
        for (Content content : contents) {
            if (content.name().equals(contentName) && content.transport() != null
                    && content.transport().is(IceUdpTransport.ELEMENT, IceUdpTransport.NAMESPACE)) {
                out.addAll(fromJingle(IceUdpTransport.fromXml(content.transport()).candidates()));
            }
        }
        return out;
    }
}
