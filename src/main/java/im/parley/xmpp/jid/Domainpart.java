package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import java.net.IDN;
import java.util.Locale;

/**
 * The domainpart rules of RFC 7622 §3.2: an IP literal or an internationalized domain name, kept
 * in lowercase Unicode form so that equal names compare equal whichever way they were written.
 */
final class Domainpart {
    /** The DNS limit on one label, in ASCII form (RFC 1035 §2.3.4). */
    private static final int MAX_LABEL = 63;

    private Domainpart() {
    }

    /** Returns the normalized domainpart, or throws a {@link JidFormatException} for {@link Part#DOMAINPART}. */
    static String normalize(String raw) {
        // RFC 7622 §3.2: a final label separator (the fully qualified form) is not part of the name.
        String domain = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
        if (domain.isEmpty()) {
            throw new JidFormatException(Part.DOMAINPART, "must not be empty");
        }
        if (domain.charAt(0) == '[') {
            domain = ipv6Literal(domain);
        } else {
            // A dotted IPv4 address is also a valid LDH name, so it needs no case of its own.
            String fast = asciiFastPath(domain);
            domain = fast != null ? fast : idnPath(domain);
        }
        PartRules.requireLength(domain, Part.DOMAINPART);
        return domain;
    }

    /** RFC 3986 IP-literal without IPvFuture: a bracketed IPv6 address, lowercased. */
    private static String ipv6Literal(String domain) {
        int last = domain.length() - 1;
        if (last < 1 || domain.charAt(last) != ']' || !Ipv6Address.isValid(domain.substring(1, last))) {
            throw new JidFormatException(Part.DOMAINPART, "not a valid bracketed IPv6 address");
        }
        return domain.toLowerCase(Locale.ROOT);
    }

    /**
     * The {@link #idnPath} result for a name of plain ASCII labels, without IDNA; null for any
     * other name, including invalid ones, which {@link #idnPath} then rejects with a reason.
     *
     * <p>A plain label is 1 to 63 letters, digits and hyphens, neither starting nor ending with a
     * hyphen, and without the "xn--" ACE prefix. {@link IDN#toASCII} leaves such labels unchanged
     * (nameprep only runs on labels with non-ASCII characters) and {@link IDN#toUnicode} only
     * decodes labels with the ACE prefix, so the result is just the lowercased input.
     */
    static String asciiFastPath(String domain) {
        boolean hasUpper = false;
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            char c = i < domain.length() ? domain.charAt(i) : '.';
            if (c == '.') {
                if (!isPlainLabel(domain, labelStart, i)) {
                    return null;
                }
                labelStart = i + 1;
            } else if (c >= 'A' && c <= 'Z') {
                hasUpper = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return null;
            }
        }
        return hasUpper ? domain.toLowerCase(Locale.ROOT) : domain;
    }

    private static boolean isPlainLabel(String domain, int start, int end) {
        int length = end - start;
        return length >= 1 && length <= MAX_LABEL
                && domain.charAt(start) != '-' && domain.charAt(end - 1) != '-'
                && !domain.regionMatches(true, start, "xn--", 0, 4);
    }

    /** Validates with IDNA's STD3 rules and returns the lowercased Unicode form. */
    static String idnPath(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new JidFormatException(Part.DOMAINPART, e.getMessage(), e);
        }
        // toASCII rejects labels over 63 characters but accepts a final empty (root) label, as in
        // "example.com.." once normalize has stripped one dot.
        if (ascii.isEmpty() || ascii.endsWith(".")) {
            throw new JidFormatException(Part.DOMAINPART, "labels must not be empty");
        }
        // ASCII labels come back from toUnicode with their case as typed, hence the lowercasing.
        return IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    }
}
