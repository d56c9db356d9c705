package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.delay.Delay;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** XEP-0082 DateTime values in form fields, read as leniently as delays are. */
final class Stamps {
    private Stamps() {
    }

    static Instant parse(String what, String value) throws PayloadFormatException {
        return Delay.parseStamp(value)
                .orElseThrow(() -> new PayloadFormatException(what + " is not an XEP-0082 DateTime: '" + value + "'"));
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
