package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import rocks.xmpp.precis.PrecisProfile;

/** Rules shared by the localpart, domainpart and resourcepart. */
final class PartRules {
    /** RFC 7622 §3.2-3.4: every part is 1 to 1023 octets of UTF-8. */
    static final int MAX_BYTES = 1023;

    private PartRules() {
    }

    /** Applies a PRECIS profile, reporting its rejection as a fault in {@code part}. */
    static String enforce(PrecisProfile profile, String raw, Part part) {
        try {
            return profile.enforce(raw);
        } catch (IllegalArgumentException e) {
            throw new JidFormatException(part, e.getMessage(), e);
        }
    }

    static void requireLength(String value, Part part) {
        if (value.isEmpty()) {
            throw new JidFormatException(part, "must not be empty");
        }
        int bytes = utf8Length(value);
        if (bytes > MAX_BYTES) {
            throw new JidFormatException(part, bytes + " bytes in UTF-8, more than " + MAX_BYTES);
        }
    }

    /** Counts the UTF-8 octets without encoding, since every part of every stanza address is measured. */
    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 2; // a surrogate pair is one code point of 4 octets
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
