package im.parley.xmpp.xml;

import java.util.Map;

/**
 * Serialises {@link XmlElement} trees. Each element whose namespace differs from its parent's
 * gets a default namespace declaration (stream elements get the {@code stream:} prefix instead); attributes keyed {@code "{uri}local"} get a prefix of
 * their own. Text and attribute values are escaped so that the output is always well-formed.
 */
public final class XmlWriter {
    /** Elements in this namespace are written with the {@code stream:} prefix the stream header declares. */
    public static final String STREAM_NAMESPACE = "http://etherx.jabber.org/streams";

    private XmlWriter() {
    }

    public static String toXml(XmlElement element, String parentNamespace) {
        StringBuilder sb = new StringBuilder(128);
        write(element, parentNamespace, sb);
        return sb.toString();
    }

    public static void write(XmlElement element, String parentNamespace, StringBuilder out) {
        boolean streamPrefixed = element.namespace().equals(STREAM_NAMESPACE);
        String tag = streamPrefixed ? "stream:" + element.name() : element.name();
        out.append('<').append(tag);
        if (!streamPrefixed && !element.namespace().equals(parentNamespace)) {
            out.append(" xmlns=\"");
            escapeAttribute(element.namespace(), out);
            out.append('"');
        }
        int prefixes = 0;
        for (Map.Entry<String, String> a : element.attributes().entrySet()) {
            String key = a.getKey();
            out.append(' ');
            if (key.startsWith("{")) {
                int close = key.indexOf('}');
                String prefix = "ns" + (prefixes++);
                out.append("xmlns:").append(prefix).append("=\"");
                escapeAttribute(key.substring(1, close), out);
                out.append("\" ").append(prefix).append(':').append(key, close + 1, key.length());
            } else {
                out.append(key);
            }
            out.append("=\"");
            escapeAttribute(a.getValue(), out);
            out.append('"');
        }
        if (element.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        String childParent = streamPrefixed ? parentNamespace : element.namespace();
        for (XmlNode child : element.children()) {
            if (child instanceof XmlElement e) {
                write(e, childParent, out);
            } else if (child instanceof XmlText t) {
                escapeText(t.text(), out);
            }
        }
        out.append("</").append(tag).append('>');
    }

    public static void escapeText(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                default -> appendLegal(c, out);
            }
        }
    }

    public static void escapeAttribute(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> appendLegal(c, out);
            }
        }
    }

    /** Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF) become U+FFFD. */
    private static void appendLegal(char c, StringBuilder out) {
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
        } else {
            out.append(c);
        }
    }
}
