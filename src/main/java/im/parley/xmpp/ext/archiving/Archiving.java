package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.delay.Delay;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The names of XEP-0136 and its XEP-0082 times (UTC, §5.1). */
public final class Archiving {
    public static final String NAMESPACE = "urn:xmpp:archive";
    /** Archive Management (§9): what {@link ArchivingManager} needs from the server (§11). */
    public static final String MANAGE_FEATURE = NAMESPACE + ":manage";

    private Archiving() {
    }

    static Instant time(String what, String value) throws PayloadFormatException {
        return Delay.parseStamp(value)
                .orElseThrow(() -> new PayloadFormatException(what + " is not an XEP-0082 DateTime: '" + value + "'"));
    }

    static Instant optionalTime(String what, String value) throws PayloadFormatException {
        return value == null ? null : time(what, value);
    }

    static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
