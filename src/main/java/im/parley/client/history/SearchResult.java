package im.parley.client.history;

import java.util.List;

/** A stored message that matched a search, with the character ranges of its body that matched. */
public record SearchResult(HistoryMessage message, List<TextRange> matches) {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the body. */
    public record TextRange(int start, int end) {
    }

    public SearchResult {
        matches = List.copyOf(matches);
    }
}
