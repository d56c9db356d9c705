package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * XEP-0293 {@code <rtcp-fb type subtype/>}: a feedback message (RFC 4585) wanted for the whole
 * description or, inside a payload-type, for that payload only. The responder may drop it but
 * must echo it unchanged if kept (§4).
 *
 * @param type e.g. "nack", "ccm", "goog-remb"; an open set
 * @param subtype e.g. "pli", "fir", or null
 */
public record RtcpFeedback(String type, String subtype, List<Parameter> parameters) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:rtcp-fb:0";
    static final String ELEMENT = "rtcp-fb";
    /** {@code <rtcp-fb-trr-int value/>}: minimum milliseconds between regular RTCP reports. */
    static final String TRR_INT = "rtcp-fb-trr-int";

    public RtcpFeedback {
        Objects.requireNonNull(type, "type");
        parameters = List.copyOf(parameters);
    }

    public static RtcpFeedback of(String type, String subtype) {
        return new RtcpFeedback(type, subtype, List.of());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("type", type)
                .attribute("subtype", subtype);
        Parameter.addTo(b, NAMESPACE, parameters);
        return b.build();
    }

    public static RtcpFeedback fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not rtcp-fb: " + e.name());
        }
        return new RtcpFeedback(PayloadAttributes.required(e, "type"), e.attributeOrNull("subtype"),
                Parameter.listFrom(e, NAMESPACE));
    }

    static void addTo(XmlElement.Builder parent, List<RtcpFeedback> feedback, Long trrInterval) {
        for (RtcpFeedback f : feedback) {
            parent.child(f.toXml());
        }
        if (trrInterval != null) {
            parent.child(XmlElement.builder(TRR_INT, NAMESPACE)
                    .attribute("value", trrInterval.toString()).build());
        }
    }

    static List<RtcpFeedback> listFrom(XmlElement parent) throws PayloadFormatException {
        List<RtcpFeedback> out = new ArrayList<>();
        for (XmlElement f : parent.children(ELEMENT, NAMESPACE)) {
            out.add(fromXml(f));
        }
        return out;
    }

    /** The trr-int in {@code parent}, or null; 0 is allowed, being §4's default (schema says positive). */
    static Long trrIntervalFrom(XmlElement parent) throws PayloadFormatException {
        XmlElement e = parent.child(TRR_INT, NAMESPACE).orElse(null);
        return e == null ? null : PayloadAttributes.number(e, "value", 0, 0xFFFF_FFFFL);
    }
}
