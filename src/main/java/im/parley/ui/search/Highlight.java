package im.parley.ui.search;

import im.parley.client.history.SearchResult.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure text work for search hits: the part of a long message around its first match, and the
 * text cut into plain and matched pieces for a TextFlow.
 */
public final class Highlight {
    /** A piece of text, matched or not. */
    public record Span(String text, boolean match) {
    }

    /** Text with the ranges in it that matched. */
    public record Snippet(String text, List<TextRange> matches) {
        public Snippet {
            matches = List.copyOf(matches);
        }
    }

    private Highlight() {
    }

    /**
     * At most about {@code width} characters of {@code body} on one line: all of it when short,
     * else a window starting a little before the first match, with "…" where text was cut. The
     * ranges are moved to the snippet and clipped to it.
     */
    public static Snippet snippet(String body, List<TextRange> matches, int width) {
        String flat = body.replace('\n', ' ').replace('\r', ' ');
        if (flat.length() <= width) {
            return new Snippet(flat, clip(matches, 0, flat.length(), 0));
        }
        int first = matches.isEmpty() ? 0 : Math.max(0, Math.min(matches.get(0).start(), flat.length()));
        // Some words before the match give it context; the window then runs to the right.
        int start = Math.max(0, Math.min(first - width / 4, flat.length() - width));
        int end = Math.min(flat.length(), start + width);
        String lead = start > 0 ? "…" : "";
        String text = lead + flat.substring(start, end) + (end < flat.length() ? "…" : "");
        return new Snippet(text, clip(matches, start, end, lead.length() - start));
    }

    private static List<TextRange> clip(List<TextRange> ranges, int from, int to, int shift) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange r : ranges) {
            int s = Math.max(r.start(), from);
            int e = Math.min(r.end(), to);
            if (s < e) {
                out.add(new TextRange(s + shift, e + shift));
            }
        }
        return out;
    }

    /**
     * {@code text} cut at the ranges' edges, in order; ranges out of bounds are clipped, and
     * overlapping or unordered ones merged, so every character appears exactly once.
     */
    public static List<Span> spans(String text, List<TextRange> ranges) {
        boolean[] matched = new boolean[text.length()];
        for (TextRange r : ranges) {
            for (int i = Math.max(0, r.start()); i < Math.min(text.length(), r.end()); i++) {
                matched[i] = true;
            }
        }
        List<Span> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && matched[end] == matched[at]) {
                end++;
            }
            out.add(new Span(text.substring(at, end), matched[at]));
            at = end;
        }
        return out;
    }
}
