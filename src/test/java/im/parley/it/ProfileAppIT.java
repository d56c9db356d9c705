package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.ui.contacts.ContactRow;
import im.parley.ui.theme.Avatar;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The profile editor driven like a person does (TestFX) against the real Prosody: a mood reaches
 * the slixmpp peer, a pasted picture reaches a second Parley session as a checked avatar, and that
 * session's own avatar shows in the app's contact list (XEP-0107, XEP-0084 over XEP-0163).
 */
@ExtendWith(NoIoOnFxThread.class)
class ProfileAppIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profile;
    @TempDir
    Path files;

    @Test
    void aMoodAndAPictureSetInTheEditorReachContactsAndAContactsPictureShowsInTheList() throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "profileui");
             AccountSession carol = PepIT.session(prosody, "profileui-carol");
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            Jid me = Jid.of(app.user() + "@" + prosody.domain());
            Jid bob = prosody.jid("bob");
            try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
                s.connect();
                s.roster().fetch().get(20, TimeUnit.SECONDS);
                s.roster().set(RosterItem.of(bob, "Bob Builder", Set.of("Friends"))).get(20, TimeUnit.SECONDS);
                s.roster().set(RosterItem.of(carol.jid().bare(), "Carol Cook", Set.of("Friends")))
                        .get(20, TimeUnit.SECONDS);
                PepIT.befriend(s, bob);
                PepIT.befriend(s, carol.jid().bare());
                PepIT.befriend(carol, me);
                PepIT.awaitBoth(carol, me);
                PepIT.awaitBoth(s, bob);
            }
            List<ProfileChange> heardByCarol = new CopyOnWriteArrayList<>();
            carol.profile().addListener(heardByCarol::add);
            carol.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);

            app.startAndSignIn(profile);
            app.click("#showContacts");
            Eventually.await(() -> contactAvatar(app, "Carol Cook").isPresent(), "carol in the contact list");
            String carolsHash = carol.profile().setAvatar(AvatarImage.from(ProfileIT.picture(300, 300, Color.GREEN)),
                    AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            Eventually.await(() -> contactAvatar(app, "Carol Cook").map(Avatar::showsPicture).orElse(false),
                    "carol's picture (" + carolsHash + ") in the contact list");
            assertThat(contactAvatar(app, "Bob Builder").map(Avatar::showsPicture)).as("bob has none: initials")
                    .contains(false);
            Snapshots.write(app.robot.lookup("#contacts").query(), "contacts-with-avatars");

            // Her mood shows on the second line of her conversation's header, after her presence.
            carol.profile().publish(new ProfileItem.Mood(new UserMood(Mood.CURIOUS, "about avatars")),
                    AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            app.robot.doubleClickOn("Carol Cook");
            Eventually.await(() -> app.text("#conversationStatus").equals("Available · 😯 Curious: about avatars"),
                    "carol's mood in the header");
            Snapshots.write(app.robot.lookup("#conversationStatus").query(), "conversation-header-mood");

            app.click("#ownAvatar");
            app.await("#profileEditor");
            app.click("#moodChoice").write("happ").type(KeyCode.ENTER);
            app.click("#moodText").write("testing the editor");
            Path picture = files.resolve("me.jpg");
            Files.write(picture, ProfileIT.picture(640, 400, Color.ORANGE));
            AppDriver.onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES,
                    List.of(picture.toFile()))));
            app.click("#avatarCrop").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
            Eventually.await(() -> shows("#avatarCrop", app), "the pasted picture in the editor");
            // Below the fold of the editor's scroll pane: typed into directly.
            AppDriver.onFx(() -> {
                app.robot.lookup("#place").queryAs(javafx.scene.control.TextField.class).setText("Venice");
                return null;
            });
            Snapshots.write(app.robot.lookup("#profileEditor").query(), "profile-editor");

            app.click("#saveProfile");
            Eventually.await(() -> app.text("#profileStatus").equals("Saved."), "saved");
            assertThat(app.text("#profileError")).isEmpty();

            String mood = peer.await(l -> SlixmppPeer.event("pep_mood").test(l) && l.contains(me.toString()), 30);
            assertThat(SlixmppPeer.field(mood, "value")).isEqualTo("happy");
            assertThat(SlixmppPeer.field(mood, "text")).isEqualTo("testing the editor");

            Eventually.await(() -> ownAvatarFrom(heardByCarol, me).isPresent(), "carol hears my avatar");
            String hash = ownAvatarFrom(heardByCarol, me).orElseThrow();
            byte[] png = carol.profile().avatar(hash).orElseThrow();
            assertThat(Avatars.sha1(png)).isEqualTo(hash);
            BufferedImage sent = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(sent.getWidth()).as("a square of at most 192 px").isEqualTo(192);
            assertThat(sent.getHeight()).isEqualTo(192);
            Eventually.await(() -> shows("#ownAvatar", app), "my picture in the sidebar");

            try {
                AppDriver.onFx(() -> {
                    Themes.apply(Themes.Theme.DARK);
                    return null;
                });
                Snapshots.write(app.robot.lookup("#profileEditor").query(), "profile-editor-dark");
            } finally {
                AppDriver.onFx(() -> {
                    Themes.apply(Themes.Theme.LIGHT);
                    return null;
                });
            }
        }
    }

    private static Optional<String> ownAvatarFrom(List<ProfileChange> heard, Jid me) {
        return heard.stream().filter(c -> c.from().equals(me) && c.item() instanceof ProfileItem.Avatar a
                && a.hash() != null).map(c -> ((ProfileItem.Avatar) c.item()).hash()).reduce((a, b) -> b);
    }

    private static boolean shows(String query, AppDriver app) {
        return AppDriver.onFx(() -> app.robot.lookup(query).queryAs(Avatar.class).showsPicture());
    }

    /** The avatar in the contact list's cell of {@code name}, if that cell is shown. */
    private static Optional<Avatar> contactAvatar(AppDriver app, String name) {
        return AppDriver.onFx(() -> app.robot.lookup("#contacts .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof ContactRow.Entry e && e.contact().displayName().equals(name))
                .map(c -> (Node) c.getGraphic()).filter(g -> g != null)
                .map(g -> (Avatar) g.lookup(".contact-avatar")).findFirst());
    }
}
