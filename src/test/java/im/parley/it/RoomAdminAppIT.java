package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.ui.rooms.OccupantRow;
import im.parley.ui.rooms.RoomLine;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Managing a room in the app, driven like a person does (TestFX) against the real Prosody MUC
 * and the slixmpp peer: the user creates a room set up first through its owner form (XEP-0045
 * §10.1.3), invites a contact through the room (§7.8.2), makes the peer a moderator (§9.6),
 * changes the subject (§8.1) and kicks the peer with a reason (§8.2). The peer sees the
 * invitation and answers the room's name from the form; a second Parley session in the room sees
 * the subject and the kick (peer.py prints neither subject-only messages nor room presences once in).
 * The user's own message shows once and settles on the room's echo; a rename from the user's other
 * device reaches the header.
 */
@ExtendWith(NoIoOnFxThread.class)
class RoomAdminAppIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profile;

    @Test
    void aRoomMadeWithoutSettingItUpKeepsItsNameAndStays() throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "roominstant");
             SlixmppPeer bob = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            String local = "tea-" + UUID.randomUUID().toString().substring(0, 8);
            Jid room = Jid.of(local + "@" + prosody.env().get("MUC_DOMAIN"));
            app.startAndSignIn(profile);
            fillCreateForm(app, "Tea time", local);
            app.click("#createRoom");
            app.await("#roomComposer");
            Eventually.await(() -> app.text("#conversationTitle").equals("Tea time"), "the room under its name");
            bob.command("{\"cmd\":\"disco\",\"to\":\"" + room + "\"}");
            // Prosody's own default is a temporary room: gone, name and all, once its last occupant leaves.
            assertThat(bob.await(l -> SlixmppPeer.event("disco_info").test(l), 20))
                    .as("the server knows the name").contains("Tea time")
                    .as("and keeps the room").contains("muc_persistent");
        }
    }

    /**
     * A bookmarked room that ended while the app was closed is not made again by the app's own
     * join: a notification tells it, the room says it, and only the user's "Make it again" makes it,
     * lasting and under its bookmark's name (not locked and temporary, as a bare join leaves it).
     */
    @Test
    void aBookmarkedRoomThatEndedIsToldAndMadeAgainOnlyOnTheUsersWord() throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "roomgone")) {
            Jid room = prosody.newRoom("old");
            try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
                s.connect();
                s.bookmarks().store(new Bookmark(room, Conference.of("Old team", true, null))).get(20, TimeUnit.SECONDS);
            }
            app.startAndSignIn(profile);
            app.await("#toast");
            assertThat(app.text(".toast-title")).isEqualTo("Old team no longer exists");
            try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
                s.connect();
                assertThat(infoRefused(s, room)).as("not made again by itself").isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
            }

            app.click("#toast");
            app.await("#roomJoin");
            Eventually.await(() -> app.text("#roomJoin").equals("Make it again"), "the join bar offers to make it again");
            app.click("#roomJoin");
            app.await("#roomComposer");
            // The join bar (the button's parent) hides once the user is in the room.
            Eventually.await(() -> AppDriver.onFx(() -> !app.robot.lookup("#roomJoin").query().getParent().isVisible()), "in the room");
            try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
                s.connect();
                Eventually.await(() -> s.rooms().info(room).join().persistent(), "made lasting");
                assertThat(s.rooms().info(room).get(20, TimeUnit.SECONDS).name()).isEqualTo("Old team");
            }
        }
    }

    private static StanzaErrorCondition infoRefused(AccountSession s, Jid room) {
        java.util.concurrent.ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> s.rooms().info(room).get(20, TimeUnit.SECONDS));
        return ((StanzaErrorException) refused.getCause()).condition();
    }

    @Test
    void theUserCreatesAndSetsUpARoomInvitesAContactPromotesThePeerChangesTheSubjectAndKicksThePeer()
            throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "roomadmin");
             SlixmppPeer bob = SlixmppPeer.start(prosody, "bob", "--stdin");
             AccountSession carol = PepIT.session(prosody, "roomadmin-carol")) {
            Jid bobJid = prosody.jid("bob");
            try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
                s.connect();
                s.roster().fetch().get(20, TimeUnit.SECONDS);
                s.roster().set(RosterItem.of(bobJid, "Bob Builder", Set.of("Friends"))).get(20, TimeUnit.SECONDS);
            }
            String local = "plans-" + UUID.randomUUID().toString().substring(0, 8);
            Jid room = Jid.of(local + "@" + prosody.env().get("MUC_DOMAIN"));
            app.startAndSignIn(profile);

            // Create: the name gives the address, which the user then makes unique.
            fillCreateForm(app, "Friday plans", local);
            app.click("#configureNewRoom");
            Snapshots.write(app.robot.lookup("#newRoomName").query(), "room-create");
            app.click("#createRoom");

            // The owner form, with the name already in it; a description added.
            app.await("#roomConfiguration");
            assertThat(app.text("#field-muc_roomconfig_roomname")).isEqualTo("Friday plans");
            app.click("#field-muc_roomconfig_roomdesc").write("What we do on Friday");
            Snapshots.write(app.robot.lookup("#roomConfiguration").query(), "room-settings");
            dark(() -> Snapshots.write(app.robot.lookup("#roomConfiguration").query(), "room-settings-dark"));
            app.click("#saveRoomConfiguration");
            app.await("#roomComposer");
            Eventually.await(() -> app.text("#conversationTitle").equals("Friday plans"), "the room under its name");
            Eventually.await(() -> occupant(app, app.user()).map(o -> o.role() == Role.MODERATOR).orElse(false),
                    "me in my new room as its moderator");
            bob.command("{\"cmd\":\"disco\",\"to\":\"" + room + "\"}");
            assertThat(bob.await(l -> SlixmppPeer.event("disco_info").test(l), 20))
                    .as("the room is unlocked and has the name from the form").contains("Friday plans")
                    .as("and stays when everyone has left: persistent was ticked for the user").contains("muc_persistent");

            // A mediated invitation to a contact picked from the roster.
            app.click("#roomMenu");
            app.robot.clickOn("Invite a contact…");
            app.click("#inviteFilter").write("bob");
            app.robot.clickOn("Bob Builder");
            app.click("#inviteReason").write("plans for Friday");
            app.click("#sendInvitation");
            String invitation = bob.await(l -> SlixmppPeer.event("message").test(l) && l.contains(room.toString()), 20);
            assertThat(invitation).contains("plans for Friday");

            bob.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"bob\"}");
            bob.await(SlixmppPeer.event("muc_joined"), 20);
            Eventually.await(() -> occupant(app, "bob").isPresent(), "bob in the occupant list");

            // The peer made a moderator from its context menu.
            app.robot.rightClickOn(occupantCell(app, "bob"));
            app.robot.clickOn("Make moderator");
            Eventually.await(() -> occupant(app, "bob").map(o -> o.role() == Role.MODERATOR).orElse(false),
                    "bob a moderator");
            Eventually.await(() -> roomLines(app).contains("bob is now a moderator"), "said in the conversation");

            // A second, independent client in the room: the slixmpp peer prints no subject-only message.
            List<RoomEvent> carolHeard = new CopyOnWriteArrayList<>();
            carol.rooms().addListener(carolHeard::add);
            carol.rooms().join(room, "carol", null).get(20, TimeUnit.SECONDS);

            // The subject, from the room's menu; the other client sees it.
            app.click("#roomMenu");
            Snapshots.write(app.robot.lookup("Room settings…").query(), "room-menu");
            dark(() -> Snapshots.write(app.robot.lookup("Room settings…").query(), "room-menu-dark"));
            app.robot.clickOn("Change subject…");
            app.click("#roomSubjectInput").write("Plans for Friday");
            app.click("#roomSubjectInputOk");
            Eventually.await(() -> carolHeard.stream().anyMatch(e -> e instanceof RoomEvent.SubjectChanged c
                    && "Plans for Friday".equals(c.subject()) && app.user().equals(c.nick())), "carol sees the subject");
            Eventually.await(() -> app.text("#conversationStatus").equals("Plans for Friday"), "the subject in the header");
            // The user's own message shows at once, reaches the room once, and settles on the room's echo.
            app.click("#roomComposer").write("see you on Friday");
            app.robot.type(KeyCode.ENTER);
            Eventually.await(() -> carolHeard.stream().anyMatch(e -> e instanceof RoomEvent.RoomMessage m
                    && m.message().body().orElse("").equals("see you on Friday")), "carol hears the user");
            Eventually.await(() -> ownLines(app, "see you on Friday").stream().anyMatch(l -> !l.pending() && !l.failed()
                    && l.stanzaId() != null), "the user's line delivered, with the room's id");
            assertThat(ownLines(app, "see you on Friday")).as("shown once").hasSize(1);

            // Renamed from the user's other device: the room says its configuration changed (104).
            try (AccountSession phone = new AccountSession(prosody.config(prosody.jid(app.user()).withResource("phone"), app.user() + "pass").build())) {
                phone.connect();
                phone.roomAdministration().configure(room, Map.of("muc#roomconfig_roomname", List.of("Saturday plans")))
                        .get(20, TimeUnit.SECONDS);
            }
            Eventually.await(() -> app.text("#conversationTitle").equals("Saturday plans"), "the header follows the new name");
            Eventually.await(() -> AppDriver.onFx(() -> app.robot.lookup("#conversations .primary-line").queryAll().stream()
                    .anyMatch(n -> "Saturday plans".equals(((javafx.scene.control.Label) n).getText()))),
                    "and so does the conversation list");

            Snapshots.write(app.robot.lookup("#roomOccupants").query(), "room-admin");
            dark(() -> Snapshots.write(app.robot.lookup("#roomOccupants").query(), "room-admin-dark"));

            // A moderator removes carol's message for everyone (XEP-0425, Prosody's mod_muc_moderation).
            assertThat(ProsodyShell.loadModule(prosody.env().get("MUC_DOMAIN"), "muc_moderation"))
                    .as("mod_muc_moderation from prosody-modules (servers.sh installs it)").isTrue();
            carol.rooms().send(room, "cheap watches, ask me how");
            Eventually.await(() -> roomLines(app).contains("cheap watches, ask me how"), "carol's message shown");
            app.robot.rightClickOn(lineCell(app, "cheap watches, ask me how"));
            app.robot.clickOn("Remove for everyone…");
            app.click("#removalReason").write("spam");
            app.click("#removalReasonOk");
            Eventually.await(() -> roomLines(app).contains("Removed by a moderator: spam"), "the message removed");
            Eventually.await(() -> carolHeard.stream().anyMatch(e -> e instanceof RoomEvent.MessageModerated m
                    && "spam".equals(m.reason())), "carol told of the removal");
            assertThat(roomLines(app)).doesNotContain("cheap watches, ask me how");

            // Kicked with a reason: the room tells everyone with 307 (the peer prints no room presence once in).
            app.robot.rightClickOn(occupantCell(app, "bob"));
            Snapshots.write(app.robot.lookup("Kick…").query(), "occupant-menu");
            dark(() -> Snapshots.write(app.robot.lookup("Kick…").query(), "occupant-menu-dark"));
            app.robot.clickOn("Kick…");
            app.click("#occupantReason").write("testing the kick");
            app.click("#occupantReasonOk");
            Eventually.await(() -> carolHeard.stream().anyMatch(e -> e instanceof RoomEvent.OccupantLeft left
                    && left.occupant().nick().equals("bob") && left.departure() == Departure.KICKED
                    && "testing the kick".equals(left.reason())), "carol sees bob kicked (307) with the reason");
            Eventually.await(() -> occupant(app, "bob").isEmpty(), "bob gone from the list");
            Eventually.await(() -> roomLines(app).stream().anyMatch(l -> l.startsWith("bob was kicked")
                    && l.endsWith(": testing the kick")), "the kick said in the conversation");
            assertThat(app.text("#roomProblem")).as("nothing refused").isNullOrEmpty();
        }
    }

    static void dark(Runnable shot) {
        try {
            AppDriver.onFx(() -> {
                Themes.apply(Themes.Theme.DARK);
                return null;
            });
            shot.run();
        } finally {
            AppDriver.onFx(() -> {
                Themes.apply(Themes.Theme.LIGHT);
                return null;
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Occupant> occupant(AppDriver app, String nick) {
        return AppDriver.onFx(() -> ((ListView<OccupantRow>) app.robot.lookup("#roomOccupants").queryAs(ListView.class))
                .getItems().stream().filter(r -> r instanceof OccupantRow.Entry).map(r -> ((OccupantRow.Entry) r).occupant())
                .filter(o -> o.nick().equals(nick)).findFirst());
    }

    private static Node occupantCell(AppDriver app, String nick) {
        return AppDriver.onFx(() -> app.robot.lookup("#roomOccupants .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof OccupantRow.Entry e && e.occupant().nick().equals(nick))
                .findFirst().orElseThrow());
    }

    private static Node lineCell(AppDriver app, String body) {
        return AppDriver.onFx(() -> app.robot.lookup("#roomMessages .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof RoomLine l && body.equals(l.body()))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<RoomLine> ownLines(AppDriver app, String body) {
        return AppDriver.onFx(() -> ((ListView<RoomLine>) app.robot.lookup("#roomMessages").queryAs(ListView.class))
                .getItems().stream().filter(l -> l.mine() && body.equals(l.body())).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> roomLines(AppDriver app) {
        return AppDriver.onFx(() -> ((ListView<RoomLine>) app.robot.lookup("#roomMessages").queryAs(ListView.class))
                .getItems().stream().map(RoomLine::body).toList());
    }

    /** Ctrl+J, "create a room instead", the name typed: the address it gives is then made {@code local}. */
    private static void fillCreateForm(AppDriver app, String name, String local) throws Exception {
        app.robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        app.click("#createRoomInstead");
        app.click("#newRoomName").write(name);
        assertThat(app.text("#newRoomAddress")).as("the address the name gives")
                .isEqualTo(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        AppDriver.onFx(() -> {
            app.robot.lookup("#newRoomAddress").queryAs(TextField.class).setText(local);
            return null;
        });
        Eventually.await(() -> AppDriver.onFx(() -> app.robot.lookup("#newRoomService")
                .queryAs(javafx.scene.control.ComboBox.class).getValue() != null), "the MUC service found");
    }
}
