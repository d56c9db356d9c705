package im.parley.xmpp.ext.jingle.rtp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Objects;

/**
 * An informational payload of a Jingle session-info (XEP-0167 §8), in
 * urn:xmpp:jingle:apps:rtp:info:1: active, hold, unhold, mute, unmute or ringing.
 *
 * @param creator for mute and unmute: the creator of the muted content; null otherwise
 * @param name for mute and unmute: the content muted, or null for all of them
 */
public record RtpInfo(Kind kind, Creator creator, String name) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:info:1";

    public enum Kind {
        ACTIVE, HOLD, UNHOLD, MUTE, UNMUTE, RINGING;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromWire(String value) throws PayloadFormatException {
            for (Kind k : values()) {
                if (k.wire().equals(value)) {
                    return k;
                }
            }
            throw new PayloadFormatException("unknown RTP session-info <" + value + "/>");
        }

        boolean isMuting() {
            return this == MUTE || this == UNMUTE;
        }
    }

    /** Which party created the content a mute refers to. */
    public enum Creator {
        INITIATOR, RESPONDER;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Creator fromWire(String value) throws PayloadFormatException {
            for (Creator c : values()) {
                if (c.wire().equals(value)) {
                    return c;
                }
            }
            throw new PayloadFormatException("unknown creator '" + value + "'");
        }
    }

    public RtpInfo {
        Objects.requireNonNull(kind, "kind");
        if (kind.isMuting() && creator == null) {
            throw new IllegalArgumentException(kind.wire() + " needs a creator");
        }
        if (!kind.isMuting() && (creator != null || name != null)) {
            throw new IllegalArgumentException(kind.wire() + " has no creator or name");
        }
    }

    public static RtpInfo of(Kind kind) {
        return new RtpInfo(kind, null, null);
    }

    /** Mutes the content {@code name} made by {@code creator}, or every content when name is null. */
    public static RtpInfo mute(Creator creator, String name) {
        return new RtpInfo(Kind.MUTE, creator, name);
    }

    public static RtpInfo unmute(Creator creator, String name) {
        return new RtpInfo(Kind.UNMUTE, creator, name);
    }

    public XmlElement toXml() {
        return XmlElement.builder(kind.wire(), NAMESPACE)
                .attribute("creator", creator == null ? null : creator.wire())
                .attribute("name", name)
                .build();
    }

    public static RtpInfo fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.namespace().equals(NAMESPACE)) {
            throw new PayloadFormatException("not an RTP session-info: " + e.name() + " in " + e.namespace());
        }
        Kind kind = Kind.fromWire(e.name());
        if (!kind.isMuting()) {
            return of(kind);
        }
        String creator = e.attributeOrNull("creator");
        if (creator == null) {
            throw new PayloadFormatException("<" + kind.wire() + "/> without a creator");
        }
        return new RtpInfo(kind, Creator.fromWire(creator), e.attributeOrNull("name"));
    }
}
