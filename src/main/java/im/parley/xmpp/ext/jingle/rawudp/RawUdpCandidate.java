package im.parley.xmpp.ext.jingle.rawudp;

import static im.parley.xmpp.ext.PayloadAttributes.number;
import static im.parley.xmpp.ext.PayloadAttributes.required;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.iceudp.CandidateType;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/**
 * One {@code <candidate/>} of a Raw UDP transport (§4.2): the address most likely to succeed.
 *
 * @param component 1 for RTP, 2 for RTCP (1..255)
 * @param generation which version of the candidate is in force (0..255)
 * @param type a hint at the kind of address (as in ICE), or null
 */
public record RawUdpCandidate(int component, int generation, String id, String ip, int port, CandidateType type) {
    static final String ELEMENT = "candidate";

    public RawUdpCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ip, "ip");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, RawUdpTransport.NAMESPACE)
                .attribute("component", Integer.toString(component))
                .attribute("generation", Integer.toString(generation))
                .attribute("id", id)
                .attribute("ip", ip)
                .attribute("port", Integer.toString(port))
                .attribute("type", type == null ? null : type.wire())
                .build();
    }

    /**
     * A missing component is read as 1 (RTP): §4.2 requires it, but the gateway example of
     * XEP-0176 §6 leaves it out of its single candidate, and refusing that would fail the fallback.
     */
    public static RawUdpCandidate fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, RawUdpTransport.NAMESPACE)) {
            throw new PayloadFormatException("not a Raw UDP candidate: " + e.name());
        }
        int component = e.attributeOrNull("component") == null ? 1 : (int) number(e, "component", 1, 255);
        String type = e.attributeOrNull("type");
        return new RawUdpCandidate(component, (int) number(e, "generation", 0, 255), required(e, "id"),
                required(e, "ip"), (int) number(e, "port", 0, 65535),
                type == null ? null : CandidateType.fromWire(type));
    }
}
