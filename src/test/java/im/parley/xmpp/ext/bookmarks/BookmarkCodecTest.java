package im.parley.xmpp.ext.bookmarks;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.ext.pubsub.PubSub;
import im.parley.xmpp.ext.pubsub.PubSubEvent;
import im.parley.xmpp.ext.pubsub.PubSubEventCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** XEP-0402 and XEP-0048 examples, both ways, and what follows from them. */
class BookmarkCodecTest {
    private final ConferenceCodec conferences = new ConferenceCodec();
    private final BookmarkStorageCodec storages = new BookmarkStorageCodec();
    private static final Jid THE_PLAY = Jid.of("theplay@conference.shakespeare.lit");
    private static final Jid ORCHARD = Jid.of("orchard@conference.shakespeare.lit");

    @Test
    void conferenceElements() throws Exception {
        assertThat(roundTrip(conferences, Xep0402Examples.CONFERENCE_ELEMENT))
                .containsExactly(Conference.of("Council of Oberon", true, "Puck"));
        assertThat(roundTrip(conferences, Xep0402Examples.MINIMALIST_CONFERENCE_ELEMENT))
                .containsExactly(new Conference(null, false, null, null, List.of()));
    }

    @Test
    void retrievedBookmarksKeepAutojoinOneAndTheirExtensions() throws Exception {
        List<Conference> found = roundTrip(conferences, Xep0402Examples.SERVER_RETURNS_THE_BOOKMARKS);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isEqualTo(Conference.of("The Play's the Thing", true, "JC"));
        assertThat(found.get(1).autojoin()).isTrue();
        assertThat(found.get(1).extensions()).singleElement()
                .satisfies(e -> assertThat(e.is("state", "http://myclient.example/bookmark/state")).isTrue())
                .satisfies(e -> assertThat(e.attributeOrNull("minimized")).isEqualTo("true"));
    }

    @Test
    void publishedBookmarksAndTheirEdits() throws Exception {
        assertThat(roundTrip(conferences, Xep0402Examples.CLIENT_ADDS_A_NEW_BOOKMARK))
                .containsExactly(Conference.of("The Play's the Thing", true, "JC"));
        assertThat(roundTrip(conferences, Xep0402Examples.CLIENT_CORRECTS_TYPO_IN_NAME_OF_BOOKMARK))
                .singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("The Orchard"))
                .satisfies(c -> assertThat(c.extensions()).hasSize(1));
    }

    /** §3.3: what we send as publish-options is what the XEP's own publish carries. */
    @Test
    void publishOptionsAreTheXepsNodeConfiguration() throws Exception {
        XmlElement x = XepExamples.element(Xep0402Examples.CLIENT_ADDS_A_NEW_BOOKMARK)
                .child("pubsub", PubSub.NAMESPACE).orElseThrow()
                .child("publish-options", PubSub.NAMESPACE).orElseThrow()
                .child("x", DataForm.NAMESPACE).orElseThrow();
        DataForm form = new DataFormCodec().decode(x).valueIfAny().orElseThrow();
        assertThat(values(PepBookmarks.NODE_OPTIONS.toForm(PubSub.PUBLISH_OPTIONS))).isEqualTo(values(form));
    }

    private static Map<String, List<String>> values(DataForm form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            values.put(f.var(), f.values());
        }
        return values;
    }

    /** §4: a new bookmark, one with autojoin off, and a retraction, as the manager reads them. */
    @Test
    void notifications() throws Exception {
        assertThat(bookmarksIn(Xep0402Examples.NEW_BOOKMARK_NOTIFICATION))
                .containsExactly(new Bookmark(THE_PLAY, Conference.of("The Play's the Thing", true, "JC")));
        assertThat(bookmarksIn(Xep0402Examples.AUTOJOIN_FALSE_NOTIFICATION))
                .containsExactly(new Bookmark(THE_PLAY, Conference.of("The Play's the Thing", false, "JC")));
        PubSubEvent.Items retraction = items(Xep0402Examples.RETRACTION_NOTIFICATION);
        assertThat(retraction.node()).isEqualTo(Conference.NAMESPACE);
        assertThat(retraction.retracted()).containsExactly(THE_PLAY.toString());
    }

    private static PubSubEvent.Items items(String message) throws Exception {
        XmlElement event = XepExamples.element(message).child("event", PubSub.EVENT).orElseThrow();
        return (PubSubEvent.Items) new PubSubEventCodec().decode(event).valueIfAny().orElseThrow();
    }

    private static List<Bookmark> bookmarksIn(String message) throws Exception {
        return items(message).items().stream().map(PepBookmarks::bookmark).flatMap(Optional::stream).toList();
    }

    @Test
    void legacyConferencesAndUrls() throws Exception {
        assertThat(roundTrip(storages, Xep0048Examples.CONFERENCE_ELEMENT)).containsExactly(new BookmarkStorage(
                List.of(new Bookmark(Jid.of("council@conference.underhill.org"), Conference.of("Council of Oberon", true, "Puck"))),
                List.of()));
        assertThat(roundTrip(storages, Xep0048Examples.URL_ELEMENT)).containsExactly(new BookmarkStorage(List.of(),
                List.of(new UrlBookmark("Complete Works of Shakespeare", "http://the-tech.mit.edu/Shakespeare/"))));
        BookmarkStorage thePlay = new BookmarkStorage(
                List.of(new Bookmark(THE_PLAY, Conference.of("The Play's the Thing", true, "JC"))), List.of());
        assertThat(roundTrip(storages, Xep0048Examples.CLIENT_UPLOADS_DATA)).containsExactly(thePlay);
        assertThat(roundTrip(storages, Xep0048Examples.PUBLISHER_RECEIVES_EVENT_NOTIFICATION)).containsExactly(thePlay, thePlay);
        assertThat(roundTrip(storages, Xep0048Examples.SERVER_RETURNS_ALL_ITEMS)).containsExactly(thePlay);
    }

    @Test
    void legacyStorageKeepsOtherClientsElementsAndRefusesABadRoom() throws Exception {
        String withState = "<storage xmlns='storage:bookmarks'><conference jid='a@muc.example' autojoin='1'>"
                + "<nick>n</nick><state xmlns='urn:example:state' minimized='true'/></conference></storage>";
        BookmarkStorage read = RoundTrip.of(storages, XepExamples.element(withState));
        assertThat(read.conferences()).singleElement().satisfies(b -> {
            assertThat(b.autojoin()).isTrue();
            assertThat(b.conference().extensions()).singleElement()
                    .satisfies(e -> assertThat(e.namespace()).isEqualTo("urn:example:state"));
        });
        assertThat(RoundTrip.malformedReason(storages, "<storage xmlns='storage:bookmarks'><conference name='x'/></storage>"))
                .contains("jid");
        assertThat(RoundTrip.malformedReason(conferences, "<conference xmlns='urn:xmpp:bookmarks:1' autojoin='yes'/>"))
                .contains("autojoin");
    }

    /** Moving XEP-0048 rooms over: only those XEP-0402 lacks; a room in both keeps its XEP-0402 bookmark. */
    @Test
    void legacyRoomsMissingFromNativeStorage() {
        Bookmark nativePlay = new Bookmark(THE_PLAY, Conference.of("new name", false, "JC"));
        Bookmark legacyPlay = new Bookmark(THE_PLAY, Conference.of("old name", true, "JC"));
        Bookmark legacyOrchard = new Bookmark(ORCHARD, Conference.of("Orchard", true, null));
        BookmarkStorage legacy = new BookmarkStorage(List.of(legacyPlay, legacyOrchard), List.of(new UrlBookmark(null, "https://x")));
        assertThat(legacy.missingFrom(List.of(nativePlay))).containsExactly(legacyOrchard);
        assertThat(legacy.without(THE_PLAY).conferences()).containsExactly(legacyOrchard);
        assertThat(legacy.with(nativePlay).conferences()).containsExactly(nativePlay, legacyOrchard);
        assertThat(legacy.with(nativePlay).urls()).isEqualTo(legacy.urls());
    }

    @Test
    void flavourFollowsTheAccountsFeatures() {
        DiscoInfo.Identity pep = new DiscoInfo.Identity("pubsub", "pep", null, null);
        String publishOptions = PubSub.NAMESPACE + "#publish-options";
        assertThat(BookmarkFlavour.of(info(List.of(pep), Conference.COMPAT, publishOptions)))
                .isEqualTo(BookmarkFlavour.NATIVE_UNIFIED);
        assertThat(BookmarkFlavour.of(info(List.of(pep), publishOptions))).isEqualTo(BookmarkFlavour.NATIVE);
        assertThat(BookmarkFlavour.of(info(List.of(pep)))).isEqualTo(BookmarkFlavour.PRIVATE_STORAGE);
        assertThat(BookmarkFlavour.of(info(List.of(), publishOptions))).isEqualTo(BookmarkFlavour.PRIVATE_STORAGE);
    }

    private static DiscoInfo info(List<DiscoInfo.Identity> identities, String... features) {
        return new DiscoInfo(null, identities, List.of(features), List.of());
    }
}
