package im.parley.xmpp.ext.reply;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quoted fallback of a reply (Use Cases, Compatibility Fallback): the body ranges a sender marked with XEP-0428
 * {@code <fallback for='urn:xmpp:reply:0'>}, to be hidden when we show the quoted message
 * ourselves. Offsets count Unicode code points, not Java chars, so emoji do not shift them.
 */
public final class ReplyFallback {
    public static final String FALLBACK_NAMESPACE = "urn:xmpp:fallback:0";

    private ReplyFallback() {
    }

    /** A code-point range {@code [start, end)} of the body. */
    private record Range(int start, int end) {
    }

    /**
     * The body without the reply fallback. A body with no such marker is returned as is; so is
     * one whose ranges are broken (out of bounds, reversed, not numbers), since cutting at a
     * wrong place would garble the text the user did write.
     */
    public static String strip(Message m) {
        String body = m.body().orElse("");
        List<Range> ranges = new ArrayList<>();
        int length = body.codePointCount(0, body.length());
        for (XmlElement f : m.payloads()) {
            if (!f.is("fallback", FALLBACK_NAMESPACE) || !Reply.NAMESPACE.equals(f.attributeOrNull("for"))) {
                continue;
            }
            for (XmlElement b : f.children("body", FALLBACK_NAMESPACE)) {
                Range r = range(b, length);
                if (r == null) {
                    return body;
                }
                ranges.add(r);
            }
        }
        ranges.sort(Comparator.comparingInt(Range::start).reversed());
        StringBuilder out = new StringBuilder(body);
        int previousStart = Integer.MAX_VALUE;
        for (Range r : ranges) {
            if (r.end() > previousStart) {
                return body; // overlapping ranges: the sender's markup cannot be trusted
            }
            out.delete(body.offsetByCodePoints(0, r.start()), body.offsetByCodePoints(0, r.end()));
            previousStart = r.start();
        }
        return out.toString();
    }

    /** XEP-0428: a body element without start and end marks the whole body. */
    private static Range range(XmlElement b, int length) {
        String start = b.attributeOrNull("start");
        String end = b.attributeOrNull("end");
        if (start == null && end == null) {
            return new Range(0, length);
        }
        try {
            int s = Integer.parseInt(start);
            int e = Integer.parseInt(end);
            return s >= 0 && s <= e && e <= length ? new Range(s, e) : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * A reply to {@code original} with {@code text}, quoting the original's body as a marked
     * fallback so clients without XEP-0461 still show what is being answered.
     */
    public static Message replyTo(Message original, String replyId, Message.Builder base, String text) {
        return replyTo(original.from(), original.body().orElse(""), replyId, base, text);
    }

    /**
     * A reply to the message {@code replyId} that {@code author} wrote (null when unknown: then the
     * quote names no one) and that said {@code quoted}, with {@code text} after the quote.
     */
    public static Message replyTo(Jid author, String quoted, String replyId, Message.Builder base, String text) {
        StringBuilder quote = new StringBuilder();
        if (author != null) {
            quote.append("> ").append(author.bare()).append(" wrote:\n");
        }
        for (String line : quoted.split("\n", -1)) {
            quote.append("> ").append(line).append('\n');
        }
        int end = quote.codePointCount(0, quote.length());
        return base.body(quote + text)
                .replacePayload(new Reply(author, replyId).toXml())
                .replacePayload(XmlElement.builder("fallback", FALLBACK_NAMESPACE).attribute("for", Reply.NAMESPACE)
                        .child(XmlElement.builder("body", FALLBACK_NAMESPACE).attribute("start", "0")
                                .attribute("end", Integer.toString(end)).build())
                        .build())
                .build();
    }
}
