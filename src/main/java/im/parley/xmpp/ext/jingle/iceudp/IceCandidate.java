package im.parley.xmpp.ext.jingle.iceudp;

import static im.parley.xmpp.ext.PayloadAttributes.number;
import static im.parley.xmpp.ext.PayloadAttributes.optionalNumber;
import static im.parley.xmpp.ext.PayloadAttributes.required;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/**
 * One {@code <candidate/>} of an ICE-UDP transport (§5.3), the a=candidate line of SDP.
 *
 * @param component 1 for RTP, 2 for RTCP (1..255)
 * @param generation the ICE generation, raised by an ICE restart (0..255)
 * @param network the index of the network interface (0..255), or null
 * @param priority positive; not capped at 32 bits, since the XEP's own example 5 exceeds them
 * @param protocol the transport protocol; the XEP defines only "udp"
 * @param relAddr the related address of a reflexive or relayed candidate, or null
 * @param relPort the related port, or null
 */
public record IceCandidate(int component, String foundation, int generation, String id, String ip,
        Integer network, int port, long priority, String protocol, String relAddr, Integer relPort,
        CandidateType type) {
    static final String ELEMENT = "candidate";

    public IceCandidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(type, "type");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, IceUdpTransport.NAMESPACE)
                .attribute("component", Integer.toString(component))
                .attribute("foundation", foundation)
                .attribute("generation", Integer.toString(generation))
                .attribute("id", id)
                .attribute("ip", ip)
                .attribute("network", network == null ? null : network.toString())
                .attribute("port", Integer.toString(port))
                .attribute("priority", Long.toString(priority))
                .attribute("protocol", protocol)
                .attribute("rel-addr", relAddr)
                .attribute("rel-port", relPort == null ? null : relPort.toString())
                .attribute("type", type.wire())
                .build();
    }

    public static IceCandidate fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, IceUdpTransport.NAMESPACE)) {
            throw new PayloadFormatException("not an ICE-UDP candidate: " + e.name());
        }
        Long network = optionalNumber(e, "network", 0, 255);
        Long relPort = optionalNumber(e, "rel-port", 0, 65535);
        return new IceCandidate(
                (int) number(e, "component", 1, 255),
                required(e, "foundation"),
                (int) number(e, "generation", 0, 255),
                required(e, "id"),
                required(e, "ip"),
                network == null ? null : network.intValue(),
                (int) number(e, "port", 0, 65535),
                number(e, "priority", 1, Long.MAX_VALUE),
                required(e, "protocol"),
                e.attributeOrNull("rel-addr"),
                relPort == null ? null : relPort.intValue(),
                CandidateType.fromWire(required(e, "type")));
    }
}
