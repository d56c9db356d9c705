package im.parley.xmpp.ext.xhtml;

import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlNode;
import im.parley.xmpp.xml.XmlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces received XHTML to the recommended profile of XEP-0071 §7-§8. What is not known to be
 * safe goes: unknown elements are unwrapped (their text stays, as Modularization's "ignore"
 * asks), active content is removed with its text, attributes outside the table are dropped.
 * One instance per body: it collects that body's blocked images.
 */
final class XhtmlSanitizer {
    /** Marks a blocked image's placeholder; namespaced so no sender can forge it in XHTML. */
    static final String PLACEHOLDER_NAMESPACE = "urn:x-parley:xhtml-im:blocked-image";
    static final String PLACEHOLDER_ATTRIBUTE = "{" + PLACEHOLDER_NAMESPACE + "}index";
    /** Deeper markup is flattened to its text: no real message nests this far, a hostile one could. */
    static final int MAX_DEPTH = 24;

    private static final String NS = XhtmlIm.XHTML_NAMESPACE;
    private static final Set<String> STYLE_ONLY = Set.of("style");
    /** §8 "Summary of Recommendations": element to allowed attributes. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("a", Set.of("href", "style", "type")),
            Map.entry("blockquote", STYLE_ONLY),
            Map.entry("body", Set.of("style", XmlElement.XML_LANG)),
            Map.entry("br", Set.of()),
            Map.entry("cite", STYLE_ONLY),
            Map.entry("em", Set.of()),
            Map.entry("img", Set.of("alt", "height", "src", "style", "width")),
            Map.entry("li", STYLE_ONLY),
            Map.entry("ol", STYLE_ONLY),
            Map.entry("p", STYLE_ONLY),
            Map.entry("span", STYLE_ONLY),
            Map.entry("strong", Set.of()),
            Map.entry("ul", STYLE_ONLY));
    /** Elements whose text is code or metadata, not message text: dropped whole. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "head", "title",
            "object", "embed", "applet", "iframe", "frame", "frameset", "noscript", "template", "svg", "math",
            "textarea", "select", "button", "input", "form");

    private final List<BlockedImage> blocked = new ArrayList<>();

    List<BlockedImage> blocked() {
        return blocked;
    }

    /** The sanitized body; its name and namespace are forced to XHTML's {@code <body/>}. */
    XmlElement sanitizeBody(XmlElement body) {
        XmlElement.Builder out = XmlElement.builder("body", NS);
        copyAttributes(body, "body", out);
        appendChildren(body, out, 1);
        return out.build();
    }

    private void appendChildren(XmlElement parent, XmlElement.Builder out, int depth) {
        for (XmlNode n : parent.children()) {
            if (n instanceof XmlText t) {
                out.text(t.text());
            } else if (n instanceof XmlElement e) {
                appendElement(e, out, depth);
            }
        }
    }

    private void appendElement(XmlElement e, XmlElement.Builder out, int depth) {
        String name = e.name();
        boolean xhtml = NS.equals(e.namespace());
        if (xhtml && DROPPED_WITH_CONTENT.contains(name)) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            out.text(textOf(e));
            return;
        }
        if (!xhtml || !ALLOWED.containsKey(name) || name.equals("body")) {
            appendChildren(e, out, depth + 1); // unknown: the element goes, its text stays
            return;
        }
        switch (name) {
            case "img" -> appendImage(e, out);
            case "a" -> appendLink(e, out, depth);
            case "br" -> out.child(XmlElement.empty("br", NS)); // §8: no attributes, no content
            default -> {
                XmlElement.Builder copy = XmlElement.builder(name, NS);
                copyAttributes(e, name, copy);
                appendChildren(e, copy, depth + 1);
                out.child(copy.build());
            }
        }
    }

    /** A link with an unsafe or missing target becomes its plain text: the words stay, the trap goes. */
    private void appendLink(XmlElement a, XmlElement.Builder out, int depth) {
        if (!SafeUrls.isSafeLink(a.attributeOrNull("href"))) {
            appendChildren(a, out, depth + 1);
            return;
        }
        XmlElement.Builder copy = XmlElement.builder("a", NS);
        copyAttributes(a, "a", copy);
        appendChildren(a, copy, depth + 1);
        out.child(copy.build());
    }

    /**
     * §12.1/§12.3: images are never fetched by the engine. A remote one becomes a placeholder
     * carrying only its alt text; bits-of-binary ones (data already in the stream) stay; any
     * other source (data:, javascript:, file:) is dropped, leaving the alt text.
     */
    private void appendImage(XmlElement img, XmlElement.Builder out) {
        String src = img.attributeOrNull("src");
        String alt = img.attributeOrNull("alt");
        if (SafeUrls.isRemoteImage(src)) {
            int index = blocked.size();
            blocked.add(new BlockedImage(index, src, alt));
            out.child(XmlElement.builder("span", NS).attribute(PLACEHOLDER_ATTRIBUTE, Integer.toString(index))
                    .text(alt == null || alt.isBlank() ? "[image]" : "[image: " + alt + "]").build());
        } else if (SafeUrls.isBitsOfBinary(src)) {
            XmlElement.Builder copy = XmlElement.builder("img", NS);
            copyAttributes(img, "img", copy);
            out.child(copy.build());
        } else if (alt != null) {
            out.text(alt);
        }
    }

    private static void copyAttributes(XmlElement from, String name, XmlElement.Builder to) {
        Set<String> allowed = ALLOWED.get(name);
        for (Map.Entry<String, String> a : from.attributes().entrySet()) {
            String key = a.getKey();
            if (!allowed.contains(key)) {
                continue; // on* handlers, class, id and everything else outside §8's table
            }
            String value = key.equals("style") ? SafeStyle.filter(a.getValue()) : a.getValue();
            to.attribute(key, value);
        }
    }

    /**
     * The text of a subtree without recursion, so no nesting depth can overflow the stack;
     * dropped-with-content elements contribute nothing here either.
     */
    private static String textOf(XmlElement root) {
        StringBuilder sb = new StringBuilder();
        Deque<XmlNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            XmlNode n = stack.pop();
            if (n instanceof XmlText t) {
                sb.append(t.text());
            } else if (n instanceof XmlElement e
                    && !(NS.equals(e.namespace()) && DROPPED_WITH_CONTENT.contains(e.name()))) {
                List<XmlNode> kids = e.children();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
        }
        return sb.toString();
    }
}
