package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>}: one RTP session of a
 * Jingle content (XEP-0167 §4), with the extensions that live in the same element. It goes into
 * a content as the element {@link #toXml()} returns.
 *
 * @param media the media type, e.g. "audio" or "video"
 * @param ssrc the 32-bit synchronization source, or null
 * @param payloadTypes the encodings, most preferred first
 * @param rtcpMux RTP and RTCP may share one port (RFC 5761)
 * @param bandwidth the b= line, or null
 * @param feedback XEP-0293 feedback for every payload type
 * @param trrInterval XEP-0293 rtcp-fb-trr-int for every payload type, or null
 * @param headerExtensions XEP-0294 RTP header extensions
 * @param extmapAllowMixed XEP-0294 extmap-allow-mixed
 * @param sources XEP-0339 source attributes
 * @param sourceGroups XEP-0339 source groups
 * @param extensions other children kept as received, such as SRTP {@code <encryption/>}
 */
public record RtpDescription(String media, Long ssrc, List<PayloadType> payloadTypes, boolean rtcpMux,
        Bandwidth bandwidth, List<RtcpFeedback> feedback, Long trrInterval,
        List<RtpHeaderExtension> headerExtensions, boolean extmapAllowMixed,
        List<Source> sources, List<SourceGroup> sourceGroups, List<XmlElement> extensions) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:1";
    public static final String ELEMENT = "description";
    private static final String RTCP_MUX = "rtcp-mux";

    public RtpDescription {
        Objects.requireNonNull(media, "media");
        if (media.isEmpty()) {
            throw new IllegalArgumentException("§4: a description needs a media type");
        }
        if (ssrc != null && (ssrc < 0 || ssrc > Source.MAX_SSRC)) {
            throw new IllegalArgumentException("ssrc " + ssrc + " is not 32-bit unsigned");
        }
        payloadTypes = List.copyOf(payloadTypes);
        feedback = List.copyOf(feedback);
        headerExtensions = List.copyOf(headerExtensions);
        sources = List.copyOf(sources);
        sourceGroups = List.copyOf(sourceGroups);
        extensions = List.copyOf(extensions);
    }

    /** A plain description: these encodings, nothing else. */
    public static RtpDescription of(String media, List<PayloadType> payloadTypes) {
        return new RtpDescription(media, null, payloadTypes, false, null, List.of(), null, List.of(), false,
                List.of(), List.of(), List.of());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("media", media)
                .attribute("ssrc", ssrc == null ? null : ssrc.toString());
        for (PayloadType p : payloadTypes) {
            b.child(p.toXml());
        }
        if (rtcpMux) {
            b.child(XmlElement.empty(RTCP_MUX, NAMESPACE));
        }
        if (bandwidth != null) {
            b.child(bandwidth.toXml());
        }
        RtcpFeedback.addTo(b, feedback, trrInterval);
        for (RtpHeaderExtension h : headerExtensions) {
            b.child(h.toXml());
        }
        if (extmapAllowMixed) {
            b.child(XmlElement.empty(RtpHeaderExtension.ALLOW_MIXED, RtpHeaderExtension.NAMESPACE));
        }
        for (SourceGroup g : sourceGroups) {
            b.child(g.toXml());
        }
        for (Source s : sources) {
            b.child(s.toXml());
        }
        for (XmlElement x : extensions) {
            b.child(x);
        }
        return b.build();
    }

    public static RtpDescription fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not an RTP description: " + e.name() + " in " + e.namespace());
        }
        List<PayloadType> payloadTypes = new ArrayList<>();
        for (XmlElement p : e.children(PayloadType.ELEMENT, NAMESPACE)) {
            payloadTypes.add(PayloadType.fromXml(p));
        }
        XmlElement bandwidth = e.child(Bandwidth.ELEMENT, NAMESPACE).orElse(null);
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement child : e.elements()) {
            if (!isKnown(child)) {
                extensions.add(child);
            }
        }
        try {
            return new RtpDescription(PayloadAttributes.required(e, "media"),
                    PayloadAttributes.optionalNumber(e, "ssrc", 0, Source.MAX_SSRC),
                    payloadTypes,
                    e.child(RTCP_MUX, NAMESPACE).isPresent(),
                    bandwidth == null ? null : Bandwidth.fromXml(bandwidth),
                    RtcpFeedback.listFrom(e),
                    RtcpFeedback.trrIntervalFrom(e),
                    RtpHeaderExtension.listFrom(e),
                    e.child(RtpHeaderExtension.ALLOW_MIXED, RtpHeaderExtension.NAMESPACE).isPresent(),
                    Source.listFrom(e),
                    SourceGroup.listFrom(e),
                    extensions);
        } catch (IllegalArgumentException ex) {
            throw new PayloadFormatException(ex.getMessage());
        }
    }

    private static boolean isKnown(XmlElement child) {
        return switch (child.namespace()) {
            case NAMESPACE -> child.name().equals(PayloadType.ELEMENT) || child.name().equals(RTCP_MUX)
                    || child.name().equals(Bandwidth.ELEMENT);
            case RtcpFeedback.NAMESPACE -> child.name().equals(RtcpFeedback.ELEMENT)
                    || child.name().equals(RtcpFeedback.TRR_INT);
            case RtpHeaderExtension.NAMESPACE -> child.name().equals(RtpHeaderExtension.ELEMENT)
                    || child.name().equals(RtpHeaderExtension.ALLOW_MIXED);
            case Source.NAMESPACE -> child.name().equals(Source.ELEMENT) || child.name().equals(SourceGroup.ELEMENT);
            default -> false;
        };
    }
}
