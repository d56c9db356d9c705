package im.parley.archive.search;

import java.time.Instant;
import java.util.List;

/**
 * A message that matched, with the char ranges of the matched words in its indexed text (ascending,
 * not overlapping) for highlighting. The archive loads the message itself by {@code messageKey}.
 */
public record SearchHit(long messageKey, String conversation, Instant time, List<MatchRange> matches) {
    public SearchHit {
        matches = List.copyOf(matches);
    }

    /** Where the next page starts: pass it as {@link SearchQuery#before()}. */
    public SearchCursor cursor() {
        return new SearchCursor(time, messageKey);
    }
}
