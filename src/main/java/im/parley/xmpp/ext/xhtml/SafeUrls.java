package im.parley.xmpp.ext.xhtml;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which URLs may stay in received markup. An allow-list of schemes, not a deny-list:
 * "java&#x09;script:", "JaVaScRiPt:" or a scheme we never heard of are all refused the same way.
 */
final class SafeUrls {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "xmpp", "mailto");
    private static final Pattern CHAR_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});?");

    private SafeUrls() {
    }

    /** Whether a link target is safe to offer the user to open. */
    static boolean isSafeLink(String href) {
        return scheme(href).filter(LINK_SCHEMES::contains).isPresent();
    }

    /** Whether an image source is remote, so that showing it would fetch it. */
    static boolean isRemoteImage(String src) {
        return scheme(src).filter(s -> s.equals("http") || s.equals("https")).isPresent();
    }

    /**
     * Whether an image source is a XEP-0231 bits-of-binary reference: the data travels in the
     * stream, so showing it leaks nothing.
     */
    static boolean isBitsOfBinary(String src) {
        return scheme(src).filter("cid"::equals).isPresent();
    }

    /**
     * The scheme as a browser would see it. The XML parser already decoded one level of
     * references; a second level is decoded here too because a renderer may decode again, and
     * whitespace and control characters are removed because browsers skip them inside schemes.
     * Empty when there is no scheme (a relative URL means nothing in a chat).
     */
    static Optional<String> scheme(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String cleaned = url;
        for (int i = 0; i < 3 && cleaned.indexOf("&#") >= 0; i++) {
            cleaned = decodeReferences(cleaned);
        }
        StringBuilder sb = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? Optional.of(scheme) : Optional.empty();
    }

    private static String decodeReferences(String s) {
        Matcher m = CHAR_REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            int cp;
            try {
                cp = ref.charAt(0) == 'x' ? Integer.parseInt(ref.substring(1), 16) : Integer.parseInt(ref);
            } catch (NumberFormatException e) {
                cp = ' ';
            }
            String replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
