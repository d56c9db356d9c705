package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * XEP-0339 {@code <ssrc-group semantics/>}: sources that belong together (RFC 5576
 * a=ssrc-group), e.g. a stream and its retransmissions.
 *
 * @param semantics e.g. "FID" or "FEC"; kept as a string because WebRTC also uses "SIM",
 *     which the schema's list lacks
 * @param ssrcs the member sources in order
 */
public record SourceGroup(String semantics, List<Long> ssrcs) {
    static final String ELEMENT = "ssrc-group";

    public SourceGroup {
        Objects.requireNonNull(semantics, "semantics");
        ssrcs = List.copyOf(ssrcs);
        for (long ssrc : ssrcs) {
            if (ssrc < 0 || ssrc > Source.MAX_SSRC) {
                throw new IllegalArgumentException("ssrc " + ssrc + " is not 32-bit unsigned");
            }
        }
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, Source.NAMESPACE).attribute("semantics", semantics);
        for (long ssrc : ssrcs) {
            b.child(XmlElement.builder(Source.ELEMENT, Source.NAMESPACE)
                    .attribute("ssrc", Long.toString(ssrc)).build());
        }
        return b.build();
    }

    public static SourceGroup fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, Source.NAMESPACE)) {
            throw new PayloadFormatException("not an ssrc-group: " + e.name());
        }
        List<Long> ssrcs = new ArrayList<>();
        for (XmlElement s : e.children(Source.ELEMENT, Source.NAMESPACE)) {
            ssrcs.add(Source.ssrcOf(s));
        }
        return new SourceGroup(PayloadAttributes.required(e, "semantics"), ssrcs);
    }

    static List<SourceGroup> listFrom(XmlElement parent) throws PayloadFormatException {
        List<SourceGroup> out = new ArrayList<>();
        for (XmlElement g : parent.children(ELEMENT, Source.NAMESPACE)) {
            out.add(fromXml(g));
        }
        return out;
    }
}
