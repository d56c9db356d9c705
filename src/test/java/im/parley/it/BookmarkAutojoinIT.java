package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.RoomService;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.ext.bookmarks.PrivateBookmarks;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The account's rooms follow its bookmarks (XEP-0402 §3.2 and §4) on Prosody 0.12: a second
 * session of the same account bookmarks, removes, or writes XEP-0048 private storage, and the
 * account joins and leaves; joining and leaving in the account update the bookmark.
 */
class BookmarkAutojoinIT {
    private final TestServer prosody = TestServer.prosody();

    private AccountSession other(Jid account) throws Exception {
        AccountSession s = new AccountSession(prosody.config(account.withResource("other"), TestSession.PASSWORD).build());
        s.connect();
        return s;
    }

    private Account account(Jid account, List<AccountEvent> events) {
        Account a = new Account(prosody.config(account.withResource("parley"), TestSession.PASSWORD).build());
        a.subscribe(events::add);
        return a;
    }

    private static boolean joined(List<AccountEvent> events, Jid room) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.RoomChanged r
                && r.event() instanceof RoomEvent.Joined j && j.room().equals(room));
    }

    private static boolean left(List<AccountEvent> events, Jid room) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.RoomChanged r
                && r.event() instanceof RoomEvent.Left l && l.room().equals(room));
    }

    private static boolean wanted(Account a, Jid room) {
        return a.rooms().memberships().stream().anyMatch(m -> m.room().equals(room));
    }

    private static boolean gone(List<AccountEvent> events, Jid room) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.RoomChanged r
                && r.event() instanceof RoomEvent.Gone g && g.room().equals(room));
    }

    /** {@code room} made by {@code maker} as a lasting room (Prosody's default ends with its last occupant), then left. */
    private static void made(AccountSession maker, Jid room) throws Exception {
        maker.rooms().join(room, "maker", null).get(20, TimeUnit.SECONDS);
        maker.roomAdministration().configure(room, Map.of("muc#roomconfig_persistentroom", List.of("1")))
                .get(20, TimeUnit.SECONDS);
        maker.rooms().leave(room, null).get(20, TimeUnit.SECONDS);
    }

    private static boolean broughtUp(List<AccountEvent> events) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.BroughtUp);
    }

    /** §4: a bookmark another session adds with autojoin is joined at once; removing it leaves the room. */
    @Test
    void aBookmarkAddedByAnotherSessionJoinsTheRoomAndRemovingItLeaves() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-live");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Account account = account(jid, events); AccountSession other = other(jid)) {
            account.connect().get(20, TimeUnit.SECONDS);
            await(() -> broughtUp(events), "the account is brought up");
            Jid room = prosody.newRoom("live");
            made(other, room);
            Bookmark bookmark = new Bookmark(room, Conference.of("Live", true, "desk"));
            other.bookmarks().store(bookmark).get(20, TimeUnit.SECONDS);

            await(() -> joined(events, room), "the account joins the newly bookmarked room");
            assertThat(account.current().rooms().room(room).orElseThrow().nick()).isEqualTo("desk");
            assertThat(events).anyMatch(e -> e.equals(new AccountEvent.BookmarkChanged(new BookmarkEvent.Stored(bookmark))));
            await(() -> wanted(account, room), "the room is wanted");

            other.bookmarks().remove(room).get(20, TimeUnit.SECONDS);
            await(() -> left(events, room), "the account leaves the room whose bookmark was removed");
            assertThat(wanted(account, room)).isFalse();
            assertThat(account.rooms().bookmark(room)).isEmpty();
        }
    }

    /** §3.2: on a fresh session, rooms bookmarked with autojoin are joined with their nick; others are not. */
    @Test
    void autojoinBookmarksAreJoinedOnConnect() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-connect");
        Jid auto = prosody.newRoom("auto");
        Jid manual = prosody.newRoom("manual");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (AccountSession other = other(jid)) {
            made(other, auto);
            other.bookmarks().store(new Bookmark(auto, Conference.of("Auto", true, "early"))).get(20, TimeUnit.SECONDS);
            other.bookmarks().store(new Bookmark(manual, Conference.of("Manual", false, "early"))).get(20, TimeUnit.SECONDS);
        }
        try (Account account = account(jid, events)) {
            account.connect().get(20, TimeUnit.SECONDS);
            await(() -> broughtUp(events), "the account is brought up");
            await(() -> joined(events, auto), "the autojoin room is joined");
            assertThat(account.current().rooms().room(auto).orElseThrow().nick()).isEqualTo("early");
            assertThat(joined(events, manual)).isFalse();
            assertThat(account.rooms().bookmarks()).extracting(Bookmark::room).containsExactlyInAnyOrder(auto, manual);
            assertThat(account.rooms().knownNick(manual)).contains("early");
        }
    }

    /**
     * Bookmarked rooms that ended while the account was offline are not created anew on connect
     * (joining a missing room would make the user the owner of a locked, empty one): one destroyed
     * (Prosody keeps a tombstone that answers gone), one that no longer exists at all (a temporary
     * room whose last occupant left: item-not-found). The account tells each is gone and turns its
     * bookmark's autojoin off, as for a room seen destroyed.
     */
    @Test
    void bookmarkedRoomsThatEndedMeanwhileAreNotCreatedAgain() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-gone");
        Jid destroyed = prosody.newRoom("destroyed");
        Jid ended = prosody.newRoom("ended");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (AccountSession other = other(jid)) {
            made(other, destroyed);
            other.bookmarks().store(new Bookmark(destroyed, Conference.of("Destroyed", true, "early"))).get(20, TimeUnit.SECONDS);
            other.roomAdministration().destroy(destroyed, "closing down", null).get(20, TimeUnit.SECONDS);
            other.bookmarks().store(new Bookmark(ended, Conference.of("Ended", true, "early"))).get(20, TimeUnit.SECONDS);
            List<BookmarkEvent> heard = new CopyOnWriteArrayList<>();
            other.bookmarks().addListener(heard::add);
            other.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);

            try (Account account = account(jid, events)) {
                account.connect().get(20, TimeUnit.SECONDS);
                await(() -> broughtUp(events), "the account is brought up");
                for (Jid room : List.of(destroyed, ended)) {
                    await(() -> gone(events, room), "the account tells " + room + " is gone");
                    assertThat(joined(events, room)).isFalse();
                    assertThat(account.current().rooms().room(room)).isEmpty();
                    assertThat(wanted(account, room)).isFalse();
                }
                await(() -> heard.contains(new BookmarkEvent.Stored(new Bookmark(destroyed, Conference.of("Destroyed", false, "early"))))
                        && heard.contains(new BookmarkEvent.Stored(new Bookmark(ended, Conference.of("Ended", false, "early")))),
                        "both bookmarks' autojoin is turned off");
            }
            assertThat(infoRefusal(other, ended)).as("not created").isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
            assertThat(infoRefusal(other, destroyed)).isIn(StanzaErrorCondition.GONE, StanzaErrorCondition.ITEM_NOT_FOUND);
        }
    }

    private static StanzaErrorCondition infoRefusal(AccountSession s, Jid room) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> s.rooms().info(room).get(20, TimeUnit.SECONDS));
        return ((StanzaErrorException) refused.getCause()).condition();
    }

    /** {@code other} listens to the bookmarks and is online; the account comes up and joins {@code room} as "me". */
    private static RoomService joinedAsMe(Account account, List<AccountEvent> events, AccountSession other,
                                          List<BookmarkEvent> heard, Jid room) throws Exception {
        other.bookmarks().addListener(heard::add);
        other.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
        account.connect().get(20, TimeUnit.SECONDS);
        await(() -> broughtUp(events), "the account is brought up");
        RoomService rooms = account.rooms();
        rooms.join(room, "me", null).get(20, TimeUnit.SECONDS);
        return rooms;
    }

    /** Joining in the account bookmarks the room with autojoin; leaving keeps the bookmark with autojoin off. */
    @Test
    void joiningAndLeavingUpdateTheBookmark() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-own");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        List<BookmarkEvent> heard = new CopyOnWriteArrayList<>();
        try (Account account = account(jid, events); AccountSession other = other(jid)) {
            Jid room = prosody.newRoom("own");
            RoomService rooms = joinedAsMe(account, events, other, heard, room);
            Bookmark on = new Bookmark(room, Conference.of(null, true, "me"));
            await(() -> heard.contains(new BookmarkEvent.Stored(on)), "the other session hears the new bookmark");

            rooms.leave(room).get(20, TimeUnit.SECONDS);
            Bookmark off = new Bookmark(room, Conference.of(null, false, "me"));
            await(() -> heard.contains(new BookmarkEvent.Stored(off)), "the other session hears autojoin turned off");
            assertThat(other.bookmarks().fetch().get(20, TimeUnit.SECONDS)).containsExactly(off);
        }
    }

    /**
     * The app's toggles: autojoin off, then no bookmark, keep the user in the room (their own
     * bookmark changes coming back do not make it leave); a nick change follows into the bookmark.
     */
    @Test
    void theUsersOwnBookmarkChangesKeepThemInTheRoomAndANickChangeFollows() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-app");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        List<BookmarkEvent> heard = new CopyOnWriteArrayList<>();
        try (Account account = account(jid, events); AccountSession other = other(jid)) {
            Jid room = prosody.newRoom("app");
            RoomService rooms = joinedAsMe(account, events, other, heard, room);
            await(() -> heard.contains(new BookmarkEvent.Stored(new Bookmark(room, Conference.of(null, true, "me")))),
                    "bookmarked on joining");

            rooms.rooms().changeNick(room, "captain").get(20, TimeUnit.SECONDS);
            Bookmark renamed = new Bookmark(room, Conference.of(null, true, "captain"));
            await(() -> heard.contains(new BookmarkEvent.Stored(renamed)), "the bookmark takes the new nick");

            rooms.bookmark(room, true, false).get(20, TimeUnit.SECONDS);
            Bookmark off = new Bookmark(room, Conference.of(null, false, "captain"));
            await(() -> heard.contains(new BookmarkEvent.Stored(off)), "autojoin off heard by the other session");
            rooms.bookmark(room, false, false).get(20, TimeUnit.SECONDS);
            await(() -> heard.contains(new BookmarkEvent.Removed(room)), "the removal heard by the other session");
            assertThat(other.bookmarks().fetch().get(20, TimeUnit.SECONDS)).isEmpty();
            // Notifications are handled in order: once a later one is heard, the removal's echo was handled.
            Jid marker = prosody.newRoom("marker");
            rooms.bookmark(marker, true, false).get(20, TimeUnit.SECONDS);
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.BookmarkChanged c
                    && c.event().room().equals(marker)), "the account hears its later bookmark");
            assertThat(wanted(account, room)).as("still wanted").isTrue();
            assertThat(left(events, room)).as("not left").isFalse();
            assertThat(account.current().rooms().room(room).map(r -> r.isJoined())).contains(true);
        }
    }

    /** XEP-0048: a room an older client writes to private storage with autojoin is joined too (Prosody unifies both). */
    @Test
    void aRoomWrittenToPrivateStorageIsJoined() throws Exception {
        Jid jid = TestSession.register(prosody, "aj-legacy");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Account account = account(jid, events); AccountSession other = other(jid)) {
            account.connect().get(20, TimeUnit.SECONDS);
            await(() -> broughtUp(events), "the account is brought up");
            Jid room = prosody.newRoom("legacy");
            made(other, room);
            new PrivateBookmarks(other.privateStorage()).store(new Bookmark(room, Conference.of("Old", true, "oldnick")))
                    .get(20, TimeUnit.SECONDS);
            await(() -> joined(events, room), "the account joins the room from private storage");
            assertThat(account.current().rooms().room(room).orElseThrow().nick()).isEqualTo("oldnick");
        }
    }
}
