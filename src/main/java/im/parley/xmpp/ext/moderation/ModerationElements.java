package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.occupantid.OccupantId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The parts the moderation elements share: the moderator, their occupant id, the reason, bounds. */
final class ModerationElements {
    /** Stanza ids are 256 characters at most here, as the archive stores them. */
    static final int MAX_ID = 256;
    /** A reason is a sentence or two; a longer one is refused rather than stored. */
    static final int MAX_REASON = 4000;

    private ModerationElements() {
    }

    static void checkId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("a stanza id has 1 to " + MAX_ID + " characters");
        }
    }

    static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason longer than " + MAX_REASON + " characters");
        }
    }

    static Jid by(XmlElement moderated) throws PayloadFormatException {
        String by = moderated.attributeOrNull("by");
        if (by == null) {
            return null;
        }
        return Jid.tryParse(by).orElseThrow(() -> new PayloadFormatException("'by' is not a JID: " + by));
    }

    static String occupantId(XmlElement moderated) {
        return moderated.child("occupant-id", OccupantId.NAMESPACE).map(e -> e.attributeOrNull("id"))
                .filter(id -> !id.isEmpty() && id.length() <= MAX_ID).orElse(null);
    }

    static String reason(XmlElement parent, String namespace) {
        return parent.childText("reason", namespace).orElse(null);
    }

    static Instant stamp(XmlElement retracted) {
        String stamp = retracted.attributeOrNull("stamp");
        return stamp == null ? null : Delay.parseStamp(stamp).orElse(null);
    }

    static String stamp(Instant stamp) {
        return stamp == null ? null : DateTimeFormatter.ISO_INSTANT.format(stamp);
    }

    /** {@code <moderated by='…'>} in {@code namespace}, with the occupant id and {@code inner} children. */
    static XmlElement.Builder moderated(String namespace, Jid by, String occupantId) {
        XmlElement.Builder b = XmlElement.builder("moderated", namespace).attribute("by", by == null ? null : by.toString());
        if (occupantId != null) {
            b.child(new OccupantId(occupantId).toXml());
        }
        return b;
    }

    static void reason(XmlElement.Builder b, String namespace, String reason) {
        if (reason != null) {
            b.child(XmlElement.ofText("reason", namespace, reason));
        }
    }
}
