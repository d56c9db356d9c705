package im.parley.xmpp.ext.jingle.rtp;

import static im.parley.xmpp.ext.PayloadAttributes.number;
import static im.parley.xmpp.ext.PayloadAttributes.optionalNumber;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * {@code <payload-type/>}: one encoding offered for the RTP stream (XEP-0167 §4), with its fmtp
 * parameters and the XEP-0293 feedback that applies to this payload only.
 *
 * @param id 0..127: the schema allows an unsignedByte, but the RTP header has 7 bits for it
 * @param name the MIME subtype, e.g. "opus"; may be null only for a static id (below 96)
 * @param clockrate in Hz, or null
 * @param channels 1 unless told otherwise (the default of §4)
 * @param ptime packet time in milliseconds, or null
 * @param maxptime maximum packet time in milliseconds, or null
 * @param trrInterval XEP-0293 rtcp-fb-trr-int for this payload in milliseconds, or null
 */
public record PayloadType(int id, String name, Long clockrate, int channels, Long ptime, Long maxptime,
        List<Parameter> parameters, List<RtcpFeedback> feedback, Long trrInterval) {
    static final String ELEMENT = "payload-type";
    private static final int FIRST_DYNAMIC = 96;
    private static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

    public PayloadType {
        if (id < 0 || id > 127) {
            throw new IllegalArgumentException("payload type id " + id + " is not 0..127");
        }
        if (name == null && id >= FIRST_DYNAMIC) {
            throw new IllegalArgumentException("§4: dynamic payload type " + id + " needs a name");
        }
        if (channels < 1 || channels > 255) {
            throw new IllegalArgumentException("channels " + channels + " is not 1..255");
        }
        parameters = List.copyOf(parameters);
        feedback = List.copyOf(feedback);
    }

    /** A payload type with a name and clock rate, one channel, nothing else. */
    public static PayloadType of(int id, String name, long clockrate) {
        return new PayloadType(id, name, clockrate, 1, null, null, List.of(), List.of(), null);
    }

    /** The value of the fmtp parameter called {@code name}, or null. */
    public String parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** One channel, the default, is left out, as in the XEP's examples. */
    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, RtpDescription.NAMESPACE)
                .attribute("id", Integer.toString(id))
                .attribute("name", name)
                .attribute("clockrate", clockrate == null ? null : clockrate.toString())
                .attribute("channels", channels == 1 ? null : Integer.toString(channels))
                .attribute("ptime", ptime == null ? null : ptime.toString())
                .attribute("maxptime", maxptime == null ? null : maxptime.toString());
        Parameter.addTo(b, RtpDescription.NAMESPACE, parameters);
        RtcpFeedback.addTo(b, feedback, trrInterval);
        return b.build();
    }

    public static PayloadType fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, RtpDescription.NAMESPACE)) {
            throw new PayloadFormatException("not a payload-type: " + e.name());
        }
        int id = (int) number(e, "id", 0, 127);
        Long channels = optionalNumber(e, "channels", 1, 255);
        try {
            return new PayloadType(id, e.attributeOrNull("name"),
                    optionalNumber(e, "clockrate", 0, MAX_UNSIGNED_INT),
                    channels == null ? 1 : channels.intValue(),
                    optionalNumber(e, "ptime", 0, MAX_UNSIGNED_INT),
                    optionalNumber(e, "maxptime", 0, MAX_UNSIGNED_INT),
                    Parameter.listFrom(e, RtpDescription.NAMESPACE),
                    RtcpFeedback.listFrom(e),
                    RtcpFeedback.trrIntervalFrom(e));
        } catch (IllegalArgumentException ex) {
            throw new PayloadFormatException(ex.getMessage());
        }
    }
}
