package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.bookmarks.BookmarkFlavour;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.ext.bookmarks.ConferenceCodec;
import im.parley.xmpp.ext.bookmarks.PrivateBookmarks;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.mood.UserMoodCodec;
import im.parley.xmpp.ext.pep.PepEvent;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0402 and XEP-0048 bookmarks on Prosody 0.12 (mod_bookmarks: PEP native bookmarks, private
 * storage kept in step, {@code urn:xmpp:bookmarks:1#compat}), between two sessions of one account.
 */
class BookmarksIT {
    private final TestServer prosody = TestServer.prosody();

    private AccountSession session(Jid account, String resource) throws Exception {
        AccountSession s = new AccountSession(prosody.config(account.withResource(resource), TestSession.PASSWORD).build());
        s.connect();
        return s;
    }

    private AccountSession available(Jid account, String resource, List<BookmarkEvent> heard) throws Exception {
        AccountSession s = session(account, resource);
        s.bookmarks().addListener(heard::add);
        s.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
        return s;
    }

    /** §3 and §4: stored by one session, heard by the other, found by both; kept private; removed. */
    @Test
    void aBookmarkStoredByOneSessionReachesTheOther() throws Exception {
        Jid account = TestSession.register(prosody, "bm-pep");
        List<BookmarkEvent> heardByB = new CopyOnWriteArrayList<>();
        try (AccountSession a = session(account, "a"); AccountSession b = available(account, "b", heardByB)) {
            assertThat(a.bookmarks().flavour().get(20, TimeUnit.SECONDS)).isEqualTo(BookmarkFlavour.NATIVE_UNIFIED);
            Jid room = prosody.newRoom("pep");
            XmlElement state = XmlElement.builder("state", "urn:example:client").attribute("minimized", "true").build();
            Bookmark bookmark = new Bookmark(room, new Conference("Team", true, "alice", null, List.of(state)));
            a.bookmarks().store(bookmark).get(20, TimeUnit.SECONDS);

            await(() -> heardByB.contains(new BookmarkEvent.Stored(bookmark)), "session b hears the bookmark");
            assertThat(a.bookmarks().fetch().get(20, TimeUnit.SECONDS)).containsExactly(bookmark);
            assertThat(b.bookmarks().fetch().get(20, TimeUnit.SECONDS)).containsExactly(bookmark);
            assertThat(a.pubsub().configuration(null, Conference.NAMESPACE).get(20, TimeUnit.SECONDS)
                    .field("pubsub#access_model").flatMap(f -> f.value())).contains("whitelist");

            a.bookmarks().remove(room).get(20, TimeUnit.SECONDS);
            await(() -> heardByB.contains(new BookmarkEvent.Removed(room)), "session b hears the removal");
            assertThat(b.bookmarks().fetch().get(20, TimeUnit.SECONDS)).isEmpty();
        }
    }

    /** XEP-0048 in private storage: what an older client writes there is heard live and read back by both kinds. */
    @Test
    void privateStorageBookmarksAreSharedWithNativeOnes() throws Exception {
        Jid account = TestSession.register(prosody, "bm-private");
        List<BookmarkEvent> heardByB = new CopyOnWriteArrayList<>();
        try (AccountSession a = session(account, "old"); AccountSession b = available(account, "new", heardByB)) {
            PrivateBookmarks legacy = new PrivateBookmarks(a.privateStorage());
            assertThat(legacy.fetch().get(20, TimeUnit.SECONDS)).isEmpty();
            Jid first = prosody.newRoom("legacy-1");
            Jid second = prosody.newRoom("legacy-2");
            Bookmark one = new Bookmark(first, Conference.of("First", true, "old"));
            Bookmark two = new Bookmark(second, Conference.of("Second", false, null));
            legacy.store(one).get(20, TimeUnit.SECONDS);
            legacy.store(two).get(20, TimeUnit.SECONDS);
            assertThat(legacy.fetch().get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrder(one, two);

            await(() -> heardByB.contains(new BookmarkEvent.Stored(one)), "the native session hears the first room");
            assertThat(b.bookmarks().fetch().get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrder(one, two);

            legacy.remove(first).get(20, TimeUnit.SECONDS);
            await(() -> heardByB.contains(new BookmarkEvent.Removed(first)), "the native session hears the removal");
            assertThat(legacy.fetch().get(20, TimeUnit.SECONDS)).containsExactly(two);

            b.bookmarks().store(one).get(20, TimeUnit.SECONDS);
            assertThat(legacy.fetch().get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrder(one, two);
        }
    }

    /**
     * A contact's PEP node of the same name is theirs, not the user's bookmarks: Prosody sends its
     * items to the user (who announced +notify and sees the contact's presence), and they are dropped.
     */
    @Test
    void bookmarksFromAnyoneButTheAccountAreDropped() throws Exception {
        List<BookmarkEvent> heard = new CopyOnWriteArrayList<>();
        try (AccountSession alice = PepIT.session(prosody, "bm-victim"); AccountSession mallory = PepIT.session(prosody, "bm-forger")) {
            alice.bookmarks().addListener(heard::add);
            List<PepEvent> moods = new CopyOnWriteArrayList<>();
            alice.pep().listen(List.of(UserMood.NAMESPACE), moods::add);
            PepIT.befriend(alice, mallory.jid().bare());
            PepIT.befriend(mallory, alice.jid().bare());
            PepIT.awaitBoth(alice, mallory.jid().bare());
            alice.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            mallory.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            // Prosody learns alice's +notify interests by asking her caps, and bookmark nodes never
            // send their last item: a mood from mallory arriving shows the server knows them.
            mallory.pep().publish(UserMood.NAMESPACE, Item.of("current", new UserMoodCodec().encode(
                    new UserMood(Mood.CURIOUS, null))), AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            await(() -> moods.stream().anyMatch(e -> e.from().equals(mallory.jid().bare())),
                    "alice hears mallory's mood");

            Jid trap = prosody.newRoom("trap");
            mallory.pep().publish(Conference.NAMESPACE, Item.of(trap.toString(),
                    new ConferenceCodec().encode(Conference.of("Join me", true, "victim"))), AccessModel.PRESENCE)
                    .get(20, TimeUnit.SECONDS);
            await(() -> alice.bookmarks().forgedDropped() >= 1, "alice drops the contact's bookmark");

            Bookmark own = new Bookmark(prosody.newRoom("own"), Conference.of("Own", true, null));
            alice.bookmarks().store(own).get(20, TimeUnit.SECONDS);
            await(() -> heard.contains(new BookmarkEvent.Stored(own)), "alice still hears her own bookmarks");
            assertThat(heard).noneMatch(e -> e.room().equals(trap));
        }
    }
}
