package im.parley.xmpp.ext.delay;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The original send time of a delayed stanza (XEP-0203).
 *
 * @param stamp when the stanza was first sent
 * @param from who delayed it (a server, a room), or null
 * @param reason a human-readable reason, or null
 */
public record Delay(Instant stamp, Jid from, String reason) {
    public static final String NAMESPACE = "urn:xmpp:delay";
    public static final String ELEMENT = "delay";

    public Delay {
        Objects.requireNonNull(stamp, "stamp");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("from", from == null ? null : from.toString())
                .attribute("stamp", DateTimeFormatter.ISO_INSTANT.format(stamp))
                .text(reason)
                .build();
    }

    /**
     * Reads a delay element. A stamp we cannot read makes the whole element absent: a wrong time
     * would sort the message among the wrong ones, which is worse than treating it as new.
     */
    public static Optional<Delay> fromXml(XmlElement e) {
        if (!e.is(ELEMENT, NAMESPACE)) {
            return Optional.empty();
        }
        Optional<Instant> stamp = parseStamp(e.attributeOrNull("stamp"));
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        // A bad 'from' only loses who delayed it; the time is still worth having.
        Jid from = Optional.ofNullable(e.attributeOrNull("from")).flatMap(Jid::tryParse).orElse(null);
        String reason = e.text().strip();
        return Optional.of(new Delay(stamp.get(), from, reason.isEmpty() ? null : reason));
    }

    /** The delay on a message or presence, if it carries a readable one. */
    public static Optional<Delay> of(Stanza s) {
        return s.payload(ELEMENT, NAMESPACE).flatMap(Delay::fromXml);
    }

    /**
     * XEP-0082 DateTime, leniently: any fraction of a second, 'Z' or a numeric offset, either
     * case of 'T' and 'Z'. A stamp without a zone is refused rather than guessed: hours off
     * would misplace the message just as surely.
     */
    public static Optional<Instant> parseStamp(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
