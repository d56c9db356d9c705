package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import rocks.xmpp.precis.PrecisProfiles;

/** The resourcepart rules of RFC 7622 §3.4. */
final class Resourcepart {
    private Resourcepart() {
    }

    /** Returns the enforced resourcepart, or throws a {@link JidFormatException} for {@link Part#RESOURCEPART}. */
    static String normalize(String raw) {
        String resource = asciiFastPath(raw);
        if (resource == null) {
            resource = PartRules.enforce(PrecisProfiles.OPAQUE_STRING, raw, Part.RESOURCEPART);
        }
        PartRules.requireLength(resource, Part.RESOURCEPART);
        return resource;
    }

    /**
     * The OpaqueString result for a string of printable ASCII including space, without the PRECIS
     * machinery; null when {@code raw} holds any other character.
     *
     * <p>In the FreeformClass (RFC 8264 §9.11, §9.14) those characters are ASCII7 (PVALID) or the
     * space (FREE_PVAL). Of the profile's rules (RFC 8265 §4.2.2), the additional mapping only
     * rewrites non-ASCII spaces, there is no width or case mapping, NFC leaves ASCII unchanged and
     * the bidi rule does not apply, so the string comes out as it went in.
     */
    static String asciiFastPath(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return null;
            }
        }
        return raw;
    }
}
