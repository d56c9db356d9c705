package im.parley.archive.search;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user typed, optionally limited to one conversation (bare JID as the archive stores it), at
 * most {@code limit} hits, newest first, optionally only those after a cursor (the next page).
 *
 * <p>Every word must match (AND). The last word also matches as a prefix unless the text ends with a
 * space or punctuation, so results follow the user's typing. Query syntax is not interpreted: quotes,
 * {@code *}, {@code :}, {@code AND} and the like are plain text.
 */
public record SearchQuery(String text, Optional<String> conversation, int limit, Optional<SearchCursor> before) {
    /** More is a sign of a bug: a results list shows a page and asks for the next one. */
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static SearchQuery global(String text, int limit) {
        return new SearchQuery(text, Optional.empty(), limit, Optional.empty());
    }

    public static SearchQuery in(String conversation, String text, int limit) {
        return new SearchQuery(text, Optional.of(conversation), limit, Optional.empty());
    }

    /** The same query for the page after {@code cursor} (usually the last hit's {@link SearchHit#cursor()}). */
    public SearchQuery after(SearchCursor cursor) {
        return new SearchQuery(text, conversation, limit, Optional.of(cursor));
    }
}
