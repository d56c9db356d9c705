package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import java.util.Locale;
import rocks.xmpp.precis.PrecisProfiles;

/** The localpart rules of RFC 7622 §3.3. */
final class Localpart {
    /** RFC 7622 §3.3.1: characters the PRECIS profile allows but a localpart must not contain. */
    private static final String FORBIDDEN = "\"&'/:<>@";

    private Localpart() {
    }

    /** Returns the enforced localpart, or throws a {@link JidFormatException} for {@link Part#LOCALPART}. */
    static String normalize(String raw) {
        String local = asciiFastPath(raw);
        if (local == null) {
            local = PartRules.enforce(PrecisProfiles.USERNAME_CASE_MAPPED, raw, Part.LOCALPART);
        }
        // Checked after enforcement: width mapping turns e.g. FULLWIDTH COMMERCIAL AT into '@'.
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw new JidFormatException(Part.LOCALPART, "must not contain '" + c + "'");
            }
        }
        PartRules.requireLength(local, Part.LOCALPART);
        return local;
    }

    /**
     * The UsernameCaseMapped result for a string of printable ASCII other than space, without the
     * PRECIS machinery; null when {@code raw} holds any other character.
     *
     * <p>Those characters are exactly the ASCII7 category, PVALID in the IdentifierClass (RFC 8264
     * §9.11). Of the profile's rules (RFC 8265 §3.3.2), width mapping and NFC leave ASCII unchanged
     * and the bidi rule only concerns strings with right-to-left characters, so what remains is
     * case mapping, which on ASCII is A-Z to a-z.
     */
    static String asciiFastPath(String raw) {
        boolean hasUpper = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return null;
            }
            hasUpper |= c >= 'A' && c <= 'Z';
        }
        return hasUpper ? raw.toLowerCase(Locale.ROOT) : raw;
    }
}
