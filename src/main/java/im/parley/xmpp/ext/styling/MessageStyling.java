package im.parley.xmpp.ext.styling;

import im.parley.xmpp.stanza.Stanza;
import java.util.ArrayList;
import java.util.List;

/**
 * Message Styling (XEP-0393): a message body cut into runs of text, each with the styles that
 * apply to it. Blocks first (preformatted blocks fenced by a line starting with three grave
 * accents, quotations of lines starting with '>', nested), then spans within each plain line:
 * *strong*, _emphasis_, ~strike through~ and `preformatted`, matched lazily, never across a line.
 * The directives stay in the text, styled as what they enclose, as the XEP recommends; the runs
 * joined give the body back unchanged.
 */
public final class MessageStyling {
    /** Announced in disco by a client that draws styling (XEP-0393, "Discovering Support"). */
    public static final String NAMESPACE = "urn:xmpp:styling:0";
    /** The hint a sender adds when its body must be shown as written, with no styling (XEP-0393 §6). */
    public static final String UNSTYLED = "unstyled";

    public static final int STRONG = 1;
    public static final int EMPHASIS = 1 << 1;
    public static final int STRIKE = 1 << 2;
    /** A preformatted span or block: monospace, nothing styled inside. */
    public static final int PRE = 1 << 3;
    /** Inside a quotation, its '>' directives included. */
    public static final int QUOTE = 1 << 4;

    /** One run of text and its styles, a mask of the constants above. */
    public record Run(String text, int styles) {
        public boolean has(int style) {
            return (styles & style) != 0;
        }
    }

    private MessageStyling() {
    }

    /** Whether {@code message} carries the unstyled hint: a receiver that styles must not style it. */
    public static boolean unstyled(Stanza message) {
        return message.payload(UNSTYLED, NAMESPACE).isPresent();
    }

    /** The runs of {@code body}, in order; one plain run for a body with no styling. */
    public static List<Run> parse(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lines.add(body.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < body.length()) {
            lines.add(body.substring(start));
        }
        Builder out = new Builder();
        blocks(lines, 0, out);
        return out.runs;
    }

    /** Parses {@code lines} as blocks, inside {@code quote} levels of quotation. */
    private static void blocks(List<String> lines, int quote, Builder out) {
        int style = quote > 0 ? QUOTE : 0;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith(">")) {
                // A quotation: its lines, each without the '>' and one leading whitespace character.
                List<String> inner = new ArrayList<>();
                List<String> prefixes = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    String l = lines.get(i);
                    int cut = l.length() > 1 && l.charAt(1) != '\n' && isWhitespace(l.charAt(1)) ? 2 : 1;
                    prefixes.add(l.substring(0, cut));
                    inner.add(l.substring(cut));
                    i++;
                }
                quotation(prefixes, inner, quote + 1, out);
            } else if (line.startsWith("```")) {
                // Preformatted up to a line of only three grave accents, or the end of the parent block.
                out.add(line, style | PRE);
                i++;
                while (i < lines.size()) {
                    String l = lines.get(i++);
                    out.add(l, style | PRE);
                    if (l.equals("```") || l.equals("```\n")) {
                        break;
                    }
                }
            } else {
                spans(line, 0, line.length(), style, out);
                i++;
            }
        }
    }

    /** A quotation's lines: each line's '>' shown as part of it, its rest parsed as child blocks. */
    private static void quotation(List<String> prefixes, List<String> inner, int quote, Builder out) {
        // Child blocks may span several lines (a nested quotation, a preformatted block): parse them
        // together, then put each line's prefix back in front of it.
        Builder child = new Builder();
        blocks(inner, quote, child);
        int line = 0;
        out.add(prefixes.get(0), QUOTE);
        for (Run run : child.runs) {
            String text = run.text();
            int from = 0;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    out.add(text.substring(from, k + 1), run.styles() | QUOTE);
                    from = k + 1;
                    line++;
                    if (line < prefixes.size()) {
                        out.add(prefixes.get(line), QUOTE);
                    }
                }
            }
            out.add(text.substring(from), run.styles() | QUOTE);
        }
    }

    /** Spans of {@code line} from {@code from} to {@code to}, inside spans that give {@code styles}. */
    private static void spans(String line, int from, int to, int styles, Builder out) {
        int plain = from;
        int i = from;
        while (i < to) {
            int style = directive(line.charAt(i));
            boolean opens = style != 0 && (i == from || isWhitespace(line.charAt(i - 1)) || directive(line.charAt(i - 1)) != 0)
                    && i + 1 < to && !isWhitespace(line.charAt(i + 1));
            int close = opens ? closing(line, i, to) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            out.add(line.substring(plain, i), styles);
            if (style == PRE) {
                out.add(line.substring(i, close + 1), styles | PRE);
            } else {
                out.add(line.substring(i, i + 1), styles | style);
                spans(line, i + 1, close, styles | style, out);
                out.add(line.substring(close, close + 1), styles | style);
            }
            i = close + 1;
            plain = i;
        }
        out.add(line.substring(plain, to), styles);
    }

    /** Where the span opened at {@code open} closes: the first same directive after some text, not after whitespace; -1 if none. */
    private static int closing(String line, int open, int to) {
        char c = line.charAt(open);
        boolean text = false;
        for (int j = open + 1; j < to; j++) {
            char here = line.charAt(j);
            if (here == '\n') {
                return -1;
            }
            if (here == c && text && !isWhitespace(line.charAt(j - 1))) {
                return j;
            }
            text |= here != c;
        }
        return -1;
    }

    private static int directive(char c) {
        return switch (c) {
            case '*' -> STRONG;
            case '_' -> EMPHASIS;
            case '~' -> STRIKE;
            case '`' -> PRE;
            default -> 0;
        };
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Collects runs, joining neighbours of the same styles and dropping empty ones. */
    private static final class Builder {
        final List<Run> runs = new ArrayList<>();

        void add(String text, int styles) {
            if (text.isEmpty()) {
                return;
            }
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).styles() == styles) {
                runs.set(last, new Run(runs.get(last).text() + text, styles));
            } else {
                runs.add(new Run(text, styles));
            }
        }
    }
}
