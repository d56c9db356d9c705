package im.parley.xmpp.ext.jingle.iceudp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag pwd>}: the ICE
 * credentials, candidates or the one remote candidate in use, and an optional DTLS fingerprint
 * (XEP-0320). It goes into a Jingle content as the element {@link #toXml()} returns.
 *
 * @param ufrag the ICE username fragment, or null
 * @param pwd the ICE password, or null
 * @param fingerprint the DTLS-SRTP fingerprint, or null
 * @param remoteCandidate the candidate in use, or null; never together with candidates (schema)
 */
public record IceUdpTransport(String ufrag, String pwd, DtlsFingerprint fingerprint,
        List<IceCandidate> candidates, RemoteCandidate remoteCandidate) {
    public static final String NAMESPACE = "urn:xmpp:jingle:transports:ice-udp:1";
    public static final String ELEMENT = "transport";

    public IceUdpTransport {
        candidates = List.copyOf(candidates);
        if (!candidates.isEmpty() && remoteCandidate != null) {
            throw new IllegalArgumentException("candidates or a remote-candidate, not both");
        }
        if (!candidates.isEmpty() && (ufrag == null || pwd == null)) {
            throw new IllegalArgumentException("§5.3: candidates need the ufrag and pwd");
        }
    }

    /** A transport offering {@code candidates}. */
    public static IceUdpTransport of(String ufrag, String pwd, List<IceCandidate> candidates) {
        return new IceUdpTransport(ufrag, pwd, null, candidates, null);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("ufrag", ufrag)
                .attribute("pwd", pwd);
        if (fingerprint != null) {
            b.child(fingerprint.toXml());
        }
        for (IceCandidate c : candidates) {
            b.child(c.toXml());
        }
        if (remoteCandidate != null) {
            b.child(remoteCandidate.toXml());
        }
        return b.build();
    }

    public static IceUdpTransport fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not an ICE-UDP transport: " + e.name() + " in " + e.namespace());
        }
        List<IceCandidate> candidates = new ArrayList<>();
        for (XmlElement c : e.children(IceCandidate.ELEMENT, NAMESPACE)) {
            candidates.add(IceCandidate.fromXml(c));
        }
        List<XmlElement> remotes = e.children(RemoteCandidate.ELEMENT, NAMESPACE);
        if (remotes.size() > 1) {
            throw new PayloadFormatException("more than one remote-candidate");
        }
        RemoteCandidate remote = remotes.isEmpty() ? null : RemoteCandidate.fromXml(remotes.get(0));
        XmlElement fp = e.child(DtlsFingerprint.ELEMENT, DtlsFingerprint.NAMESPACE).orElse(null);
        try {
            return new IceUdpTransport(e.attributeOrNull("ufrag"), e.attributeOrNull("pwd"),
                    fp == null ? null : DtlsFingerprint.fromXml(fp), candidates, remote);
        } catch (IllegalArgumentException ex) {
            throw new PayloadFormatException("ICE-UDP transport: " + ex.getMessage());
        }
    }
}
