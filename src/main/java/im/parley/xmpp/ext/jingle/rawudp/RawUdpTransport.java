package im.parley.xmpp.ext.jingle.rawudp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>}: the candidates (typically
 * one for RTP, one for RTCP) and an optional DTLS fingerprint (XEP-0320). It goes into a Jingle
 * content as the element {@link #toXml()} returns.
 *
 * @param fingerprint the DTLS-SRTP fingerprint, or null
 */
public record RawUdpTransport(List<RawUdpCandidate> candidates, DtlsFingerprint fingerprint) {
    public static final String NAMESPACE = "urn:xmpp:jingle:transports:raw-udp:1";
    public static final String ELEMENT = "transport";

    public RawUdpTransport {
        candidates = List.copyOf(candidates);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE);
        if (fingerprint != null) {
            b.child(fingerprint.toXml());
        }
        for (RawUdpCandidate c : candidates) {
            b.child(c.toXml());
        }
        return b.build();
    }

    public static RawUdpTransport fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a Raw UDP transport: " + e.name() + " in " + e.namespace());
        }
        List<RawUdpCandidate> candidates = new ArrayList<>();
        for (XmlElement c : e.children(RawUdpCandidate.ELEMENT, NAMESPACE)) {
            candidates.add(RawUdpCandidate.fromXml(c));
        }
        XmlElement fp = e.child(DtlsFingerprint.ELEMENT, DtlsFingerprint.NAMESPACE).orElse(null);
        return new RawUdpTransport(candidates, fp == null ? null : DtlsFingerprint.fromXml(fp));
    }
}
