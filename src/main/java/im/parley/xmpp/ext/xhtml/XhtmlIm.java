package im.parley.xmpp.ext.xhtml;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The XEP-0071 codec: sanitized reading of received markup, and composing of our own. */
public final class XhtmlIm {
    public static final String NAMESPACE = "http://jabber.org/protocol/xhtml-im";
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    /** §10: the disco feature is the wrapper's namespace. */
    public static final String FEATURE = NAMESPACE;

    private XhtmlIm() {
    }

    /** The message's markup, sanitized; empty when it has none (or no body in it). */
    public static Optional<SanitizedXhtml> read(Message m) {
        return m.payload("html", NAMESPACE).flatMap(XhtmlIm::sanitize);
    }

    /**
     * Sanitizes an {@code <html/>} wrapper. Only its XHTML {@code <body/>} children count (§4);
     * anything else in the wrapper is ignored.
     */
    public static Optional<SanitizedXhtml> sanitize(XmlElement html) {
        if (!html.is("html", NAMESPACE)) {
            return Optional.empty();
        }
        XhtmlSanitizer sanitizer = new XhtmlSanitizer();
        XmlElement.Builder out = XmlElement.builder("html", NAMESPACE);
        List<XmlElement> bodies = html.children("body", XHTML_NAMESPACE);
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        bodies.forEach(b -> out.child(sanitizer.sanitizeBody(b)));
        return Optional.of(new SanitizedXhtml(out.build(), sanitizer.blocked()));
    }

    /**
     * The {@code <html/>} payload for formatted runs. Code is a monospace span because
     * {@code <code/>} is not in the recommended profile (§7.2) and receivers may drop it; a link
     * whose target is not a safe scheme is sent as plain text. Line breaks become {@code <br/>} (§8).
     */
    public static XmlElement compose(List<TextRun> runs) {
        XmlElement.Builder body = XmlElement.builder("body", XHTML_NAMESPACE);
        for (TextRun run : runs) {
            switch (run.format()) {
                case PLAIN -> appendLines(body, run.text());
                case BOLD -> body.child(wrap("strong", run.text()).build());
                case ITALIC -> body.child(wrap("em", run.text()).build());
                case CODE -> body.child(wrap("span", run.text()).attribute("style", "font-family: monospace").build());
                case LINK -> {
                    if (SafeUrls.isSafeLink(run.href())) {
                        body.child(wrap("a", run.text()).attribute("href", run.href()).build());
                    } else {
                        appendLines(body, run.text());
                    }
                }
            }
        }
        return XmlElement.builder("html", NAMESPACE).child(body.build()).build();
    }

    /**
     * The plain-text fallback of the runs: what clients without XHTML-IM show (§8: same meaning,
     * so a link the markup drops is dropped here too).
     */
    public static String plainText(List<TextRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            sb.append(run.text());
            if (run.format() == TextRun.Format.LINK && SafeUrls.isSafeLink(run.href())
                    && !run.text().equals(run.href())) {
                sb.append(" <").append(run.href()).append('>'); // the target must survive the fallback
            }
        }
        return sb.toString();
    }

    /** The message with the plain body and the markup alongside it, replacing any earlier ones. */
    public static Message withFormattedBody(Message.Builder message, List<TextRun> runs) {
        return message.body(plainText(runs)).replacePayload(compose(runs)).build();
    }

    /** The message without markup, for callers that must not carry a sender's HTML on. */
    public static Message withoutMarkup(Message m) {
        return m.toBuilder().removePayloads("html", NAMESPACE).build();
    }

    private static XmlElement.Builder wrap(String name, String text) {
        XmlElement.Builder b = XmlElement.builder(name, XHTML_NAMESPACE);
        appendLines(b, text);
        return b;
    }

    private static void appendLines(XmlElement.Builder b, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.child(XmlElement.empty("br", XHTML_NAMESPACE));
            }
            b.text(lines.get(i));
        }
    }
}
