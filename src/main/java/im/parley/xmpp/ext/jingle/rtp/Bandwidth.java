package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/**
 * {@code <bandwidth type>value</bandwidth>}: the SDP b= line.
 *
 * @param type the SDP bwtype, e.g. "AS" (kbit/s) or "TIAS" (bit/s)
 * @param value in the unit of {@code type}; a number, as the SDP grammar requires
 */
public record Bandwidth(String type, long value) {
    static final String ELEMENT = "bandwidth";

    public Bandwidth {
        Objects.requireNonNull(type, "type");
        if (value < 0) {
            throw new IllegalArgumentException("negative bandwidth " + value);
        }
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, RtpDescription.NAMESPACE)
                .attribute("type", type)
                .text(Long.toString(value))
                .build();
    }

    public static Bandwidth fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, RtpDescription.NAMESPACE)) {
            throw new PayloadFormatException("not a bandwidth: " + e.name());
        }
        String text = e.text().strip();
        try {
            return new Bandwidth(PayloadAttributes.required(e, "type"), Long.parseLong(text));
        } catch (IllegalArgumentException ex) {
            // NumberFormatException included: the value is not a number.
            throw new PayloadFormatException("bandwidth is not a non-negative number: '" + text + "'");
        }
    }
}
