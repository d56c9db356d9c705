package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * XEP-0294 {@code <rtp-hdrext id uri senders/>}: an RTP header extension (RFC 8285), the
 * a=extmap line of SDP.
 *
 * @param id 1..65535 (the schema's unsignedShort without the reserved 0); the table's ranges
 *     are not enforced because the XEP's own example 1 uses 4907, outside them
 * @param senders who may send the extension, both when absent
 */
public record RtpHeaderExtension(int id, String uri, Senders senders, List<Parameter> parameters) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:rtp-hdrext:0";
    static final String ELEMENT = "rtp-hdrext";
    /** {@code <extmap-allow-mixed/>}: one- and two-byte headers may be mixed in a stream. */
    static final String ALLOW_MIXED = "extmap-allow-mixed";

    public enum Senders {
        BOTH("both"), INITIATOR("initiator"), RESPONDER("responder"), NONE("none");

        private final String wire;

        Senders(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Senders fromWire(String value) throws PayloadFormatException {
            for (Senders s : values()) {
                if (s.wire.equals(value)) {
                    return s;
                }
            }
            throw new PayloadFormatException("unknown rtp-hdrext senders '" + value + "'");
        }
    }

    public RtpHeaderExtension {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(senders, "senders");
        parameters = List.copyOf(parameters);
    }

    public static RtpHeaderExtension of(int id, String uri) {
        return new RtpHeaderExtension(id, uri, Senders.BOTH, List.of());
    }

    /** The default senders (both) is left out, as in the XEP's examples. */
    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("id", Integer.toString(id))
                .attribute("uri", uri)
                .attribute("senders", senders == Senders.BOTH ? null : senders.wire());
        Parameter.addTo(b, NAMESPACE, parameters);
        return b.build();
    }

    public static RtpHeaderExtension fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not rtp-hdrext: " + e.name());
        }
        String senders = e.attributeOrNull("senders");
        return new RtpHeaderExtension((int) PayloadAttributes.number(e, "id", 1, 65535),
                PayloadAttributes.required(e, "uri"),
                senders == null ? Senders.BOTH : Senders.fromWire(senders),
                Parameter.listFrom(e, NAMESPACE));
    }

    static List<RtpHeaderExtension> listFrom(XmlElement parent) throws PayloadFormatException {
        List<RtpHeaderExtension> out = new ArrayList<>();
        for (XmlElement h : parent.children(ELEMENT, NAMESPACE)) {
            out.add(fromXml(h));
        }
        return out;
    }
}
