package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/** A bookmarked room: its bare JID (the item id in XEP-0402, the 'jid' attribute in XEP-0048) and what it says of it. */
public record Bookmark(Jid room, Conference conference) {
    public Bookmark {
        Objects.requireNonNull(conference, "conference");
        room = Objects.requireNonNull(room, "room").bare();
    }

    public boolean autojoin() {
        return conference.autojoin();
    }

    /** The nick to join with, or null when the bookmark names none. */
    public String nick() {
        return conference.nick();
    }

    public Bookmark withConference(Conference next) {
        return new Bookmark(room, next);
    }
}
