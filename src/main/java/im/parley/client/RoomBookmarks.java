package im.parley.client;

import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account's room bookmarks as last read or heard, kept in step with what the user does in
 * the app: joining a room bookmarks it with autojoin on (its name, password and other clients'
 * extensions kept); leaving it turns autojoin off but keeps the bookmark, so other clients leave
 * too and the room can be joined again with its nick. A leave while offline is applied on the next
 * fresh session. The user's room passwords are never stored by us (XEP-0048 §4 advises against it).
 */
final class RoomBookmarks {
    private static final Logger LOG = Logger.getLogger(RoomBookmarks.class.getName());

    private final Map<Jid, Bookmark> known = new ConcurrentHashMap<>();
    private final Set<Jid> leftWhileOffline = ConcurrentHashMap.newKeySet();

    List<Bookmark> all() {
        return List.copyOf(known.values());
    }

    Optional<Bookmark> of(Jid room) {
        return Optional.ofNullable(known.get(room.bare()));
    }

    void heard(BookmarkEvent event) {
        if (event instanceof BookmarkEvent.Stored stored) {
            known.put(stored.room(), stored.bookmark());
        } else {
            known.remove(event.room());
        }
    }

    /**
     * Reads the bookmarks on a fresh session, turning autojoin off for rooms left while offline;
     * none when they cannot be read (logged), so a server without bookmarks still brings rooms back.
     */
    CompletableFuture<List<Bookmark>> fetch(AccountSession session) {
        return session.bookmarks().fetch().handle((found, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not read the bookmarks of " + session.jid(), failure);
                return List.<Bookmark>of();
            }
            known.clear();
            List<Bookmark> now = new ArrayList<>();
            for (Bookmark b : found) {
                Bookmark kept = b.autojoin() && leftWhileOffline.contains(b.room()) ? store(session, autojoinOff(b)) : b;
                known.put(kept.room(), kept);
                now.add(kept);
            }
            leftWhileOffline.clear();
            return List.copyOf(now);
        });
    }

    /** The user joined {@code room} as {@code nick}: its bookmark says autojoin, with that nick. */
    void joined(AccountSession session, Jid room, String nick) {
        leftWhileOffline.remove(room);
        Bookmark before = known.get(room);
        Conference wanted = before == null ? Conference.of(null, true, nick)
                : before.conference().withAutojoin(true).withNick(nick);
        if (before == null || !before.conference().equals(wanted)) {
            store(session, new Bookmark(room, wanted));
        }
    }

    /** The user left {@code room}, or the room removed them for good; {@code session} null while offline. */
    void left(AccountSession session, Jid room) {
        Bookmark before = known.get(room);
        if (session == null) {
            leftWhileOffline.add(room);
        } else if (before != null && before.autojoin()) {
            store(session, autojoinOff(before));
        }
    }

    /**
     * The user's own choice in the app: {@code room} stays bookmarked with autojoin on or off (its
     * name, password and other clients' extensions kept), with {@code nick} when it is new.
     */
    CompletableFuture<Void> keep(AccountSession session, Jid room, String nick, boolean autojoin) {
        Bookmark before = known.get(room);
        Bookmark now = new Bookmark(room, before == null ? Conference.of(null, autojoin, nick)
                : before.conference().withAutojoin(autojoin));
        leftWhileOffline.remove(room);
        known.put(room, now);
        return session.bookmarks().store(now);
    }

    /** The user now goes by {@code nick} in {@code room}: its bookmark, if it has one, says so, autojoin as it was. */
    void renamed(AccountSession session, Jid room, String nick) {
        Bookmark before = known.get(room);
        if (before != null && !nick.equals(before.nick())) {
            store(session, before.withConference(before.conference().withNick(nick)));
        }
    }

    /** The user removed {@code room}'s bookmark in the app. */
    CompletableFuture<Void> remove(AccountSession session, Jid room) {
        known.remove(room);
        return session.bookmarks().remove(room);
    }

    /** The nick to join a bookmarked room with: the bookmark's, else the account's local part. */
    static String nick(Bookmark bookmark, AccountSession session) {
        return bookmark.nick() != null ? bookmark.nick() : session.jid().local();
    }

    private static Bookmark autojoinOff(Bookmark b) {
        return b.withConference(b.conference().withAutojoin(false));
    }

    private Bookmark store(AccountSession session, Bookmark bookmark) {
        known.put(bookmark.room(), bookmark);
        session.bookmarks().store(bookmark).exceptionally(e -> {
            LOG.log(Level.WARNING, "could not store the bookmark of " + bookmark.room(), e);
            return null;
        });
        return bookmark;
    }
}
