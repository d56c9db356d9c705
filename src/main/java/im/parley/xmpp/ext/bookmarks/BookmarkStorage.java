package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one {@code <storage xmlns='storage:bookmarks'/>} element of XEP-0048: every room and web page at once. */
public record BookmarkStorage(List<Bookmark> conferences, List<UrlBookmark> urls) {
    public static final String NAMESPACE = "storage:bookmarks";
    public static final String ELEMENT = "storage";

    public BookmarkStorage {
        conferences = List.copyOf(conferences);
        urls = List.copyOf(urls);
    }

    public static BookmarkStorage empty() {
        return new BookmarkStorage(List.of(), List.of());
    }

    /** A copy where {@code bookmark} replaces the room's bookmark, or is added last. */
    public BookmarkStorage with(Bookmark bookmark) {
        List<Bookmark> next = new java.util.ArrayList<>(without(bookmark.room()).conferences);
        int at = indexOf(bookmark.room());
        next.add(at < 0 ? next.size() : at, bookmark);
        return new BookmarkStorage(next, urls);
    }

    /** A copy without the room's bookmark. */
    public BookmarkStorage without(Jid room) {
        return new BookmarkStorage(conferences.stream().filter(b -> !b.room().equals(room.bare())).toList(), urls);
    }

    /**
     * The rooms to move into XEP-0402 storage that holds {@code stored} already: those it lacks.
     * A room in both keeps its XEP-0402 bookmark, the newer format's.
     */
    public List<Bookmark> missingFrom(List<Bookmark> stored) {
        Set<Jid> there = stored.stream().map(Bookmark::room).collect(Collectors.toSet());
        return conferences.stream().filter(b -> !there.contains(b.room())).toList();
    }

    private int indexOf(Jid room) {
        for (int i = 0; i < conferences.size(); i++) {
            if (conferences.get(i).room().equals(room.bare())) {
                return i;
            }
        }
        return -1;
    }
}
