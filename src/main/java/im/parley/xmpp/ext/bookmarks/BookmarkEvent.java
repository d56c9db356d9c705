package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/** A change to the user's bookmarks made by one of their clients, this one included (XEP-0402 §4). */
public sealed interface BookmarkEvent {
    /** The room whose bookmark changed. */
    Jid room();

    /** The room was bookmarked, or its bookmark replaced. */
    record Stored(Bookmark bookmark) implements BookmarkEvent {
        public Stored {
            Objects.requireNonNull(bookmark, "bookmark");
        }

        @Override
        public Jid room() {
            return bookmark.room();
        }
    }

    /** The room's bookmark was removed. */
    record Removed(Jid room) implements BookmarkEvent {
        public Removed {
            room = Objects.requireNonNull(room, "room").bare();
        }
    }
}
