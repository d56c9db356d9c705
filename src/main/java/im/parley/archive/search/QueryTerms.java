package im.parley.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A user's query as index words: every one required, the last one possibly a prefix. Built by running
 * the index's own analyzer over the text, never a query parser, so no character is syntax.
 */
record QueryTerms(Set<String> exact, Optional<String> prefix) {
    /** Beyond this the text is not read: no one types more, and a pasted book must not cost seconds. */
    static final int MAX_QUERY_CHARS = 1024;
    /** Every word is a posting list to intersect; more than this narrows nothing in a chat archive. */
    static final int MAX_WORDS = 16;
    /** A one-letter prefix would expand to a large part of the vocabulary: it matches as a whole word. */
    static final int MIN_PREFIX = 2;

    static QueryTerms parse(Analyzer analyzer, String text) {
        boolean cut = text.length() > MAX_QUERY_CHARS;
        String read = cut ? text.substring(0, MAX_QUERY_CHARS) : text;
        List<String> words = new ArrayList<>();
        int lastEnd = -1;
        try (TokenStream ts = analyzer.tokenStream(LuceneSearchIndex.F_TEXT, read)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
                lastEnd = offset.endOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no word to search for in the query");
        }
        // Still typing the last word: the text ends inside it (not after a space, and not cut short).
        String last = words.get(words.size() - 1);
        boolean typing = !cut && lastEnd == read.length() && last.length() >= MIN_PREFIX;
        Set<String> exact = Set.copyOf(typing ? words.subList(0, words.size() - 1) : words);
        return new QueryTerms(exact, typing ? Optional.of(last) : Optional.empty());
    }

    /** Where the query's words occur in {@code text}, in order. */
    List<MatchRange> find(Analyzer analyzer, String text) {
        List<MatchRange> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(LuceneSearchIndex.F_TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (matches(term)) {
                    out.add(new MatchRange(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return out;
    }

    private boolean matches(CharTermAttribute term) {
        if (prefix.isPresent()) {
            String p = prefix.get();
            if (term.length() >= p.length() && term.subSequence(0, p.length()).toString().equals(p)) {
                return true;
            }
        }
        return exact.contains(term.toString());
    }
}
