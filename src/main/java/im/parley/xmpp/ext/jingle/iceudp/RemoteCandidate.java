package im.parley.xmpp.ext.jingle.iceudp;

import static im.parley.xmpp.ext.PayloadAttributes.number;
import static im.parley.xmpp.ext.PayloadAttributes.required;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/** {@code <remote-candidate/>}: the initiator names the peer candidate in use once ICE completed (§5.7). */
public record RemoteCandidate(int component, String ip, int port) {
    static final String ELEMENT = "remote-candidate";

    public RemoteCandidate {
        Objects.requireNonNull(ip, "ip");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, IceUdpTransport.NAMESPACE)
                .attribute("component", Integer.toString(component))
                .attribute("ip", ip)
                .attribute("port", Integer.toString(port))
                .build();
    }

    public static RemoteCandidate fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, IceUdpTransport.NAMESPACE)) {
            throw new PayloadFormatException("not a remote-candidate: " + e.name());
        }
        return new RemoteCandidate((int) number(e, "component", 1, 255), required(e, "ip"),
                (int) number(e, "port", 0, 65535));
    }
}
