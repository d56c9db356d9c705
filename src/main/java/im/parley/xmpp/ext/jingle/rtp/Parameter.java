package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code <parameter name value/>}, an SDP attribute parameter. It takes the namespace of its
 * parent: payload-type (fmtp), rtcp-fb, rtp-hdrext or source.
 *
 * @param name case-sensitive (XEP-0167 §4)
 * @param value null for a parameter without one, which XEP-0293, XEP-0294 and XEP-0339 allow
 */
public record Parameter(String name, String value) {
    static final String ELEMENT = "parameter";

    public Parameter {
        Objects.requireNonNull(name, "name");
    }

    XmlElement toXml(String namespace) {
        return XmlElement.builder(ELEMENT, namespace).attribute("name", name).attribute("value", value).build();
    }

    static void addTo(XmlElement.Builder parent, String namespace, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            parent.child(p.toXml(namespace));
        }
    }

    /** The parameters among {@code parent}'s children in {@code namespace}. */
    static List<Parameter> listFrom(XmlElement parent, String namespace) throws PayloadFormatException {
        List<Parameter> out = new ArrayList<>();
        for (XmlElement p : parent.children(ELEMENT, namespace)) {
            out.add(new Parameter(PayloadAttributes.required(p, "name"), p.attributeOrNull("value")));
        }
        return out;
    }
}
