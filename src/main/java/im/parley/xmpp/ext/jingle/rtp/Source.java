package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * XEP-0339 {@code <source ssrc/>}: attributes of one media source (RFC 5576 a=ssrc lines),
 * such as its cname and msid.
 *
 * @param ssrc the 32-bit synchronization source
 */
public record Source(long ssrc, List<Parameter> parameters) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:ssma:0";
    static final String ELEMENT = "source";
    static final long MAX_SSRC = 0xFFFF_FFFFL;

    public Source {
        if (ssrc < 0 || ssrc > MAX_SSRC) {
            throw new IllegalArgumentException("ssrc " + ssrc + " is not 32-bit unsigned");
        }
        parameters = List.copyOf(parameters);
    }

    /** The value of the first parameter called {@code name}, or null (e.g. "cname", "msid"). */
    public String parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE).attribute("ssrc", Long.toString(ssrc));
        Parameter.addTo(b, NAMESPACE, parameters);
        return b.build();
    }

    public static Source fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a source: " + e.name());
        }
        return new Source(ssrcOf(e), Parameter.listFrom(e, NAMESPACE));
    }

    static long ssrcOf(XmlElement e) throws PayloadFormatException {
        return PayloadAttributes.number(e, "ssrc", 0, MAX_SSRC);
    }

    static List<Source> listFrom(XmlElement parent) throws PayloadFormatException {
        List<Source> out = new ArrayList<>();
        for (XmlElement s : parent.children(ELEMENT, NAMESPACE)) {
            out.add(fromXml(s));
        }
        return out;
    }
}
