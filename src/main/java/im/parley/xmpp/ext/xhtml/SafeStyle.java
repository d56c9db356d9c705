package im.parley.xmpp.ext.xhtml;

import java.util.Locale;
import java.util.Set;

/** Keeps only the CSS1 properties XEP-0071 §7.6 recommends, with harmless values. */
final class SafeStyle {
    static final Set<String> PROPERTIES = Set.of("background-color", "color", "font-family", "font-size",
            "font-style", "font-weight", "margin-left", "margin-right", "text-align", "text-decoration");

    private SafeStyle() {
    }

    /** The filtered declarations, or null when none is left. */
    static String filter(String style) {
        if (style == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).trim();
            if (PROPERTIES.contains(property) && isPlainValue(value)) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(property).append(": ").append(value);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * None of the recommended properties needs a function, an escape or a comment; refusing
     * them shuts out url(), expression() and escaped-keyword tricks without parsing CSS.
     */
    private static boolean isPlainValue(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(' || c == ')' || c == '\\' || c == '/' || c == '<' || c == '>' || c == '@'
                    || c == '{' || c == '}' || c == '&' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
