package im.parley.xmpp.ext.bookmarks;

import java.util.Objects;

/** A web page bookmarked in XEP-0048 storage (§2.2); XEP-0402 has none, so they stay where they are. */
public record UrlBookmark(String name, String url) {
    public UrlBookmark {
        Objects.requireNonNull(url, "url");
    }
}
