package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.ui.rooms.AffiliationList;
import im.parley.ui.rooms.OccupantRow;
import im.parley.ui.rooms.RoomLine;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The room's lists and voice in the app, driven like a person does (TestFX) against the real
 * Prosody MUC, the slixmpp peer and a second Parley session. The owner adds the peer to the
 * members and bans an address in "Members and bans…" (XEP-0045 §9.2, §9.5), and finds both there
 * on opening it again, the peer marked a member in the occupant list. In a moderated room a
 * visitor (the second session) asks for voice (§7.13); the owner grants it from the card in the
 * pane (§8.6) and the visitor becomes a participant. Then the other way round: in the second
 * session's moderated room the app's user is the visitor, asks with "Request voice", and the
 * composer opens once the moderator approved. The occupant list works by keyboard throughout.
 */
class RoomListsAppIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profile;

    @Test
    void theOwnerEditsTheListsAndGrantsVoiceAndAsksForVoiceElsewhere() throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "roomlists");
             SlixmppPeer bob = SlixmppPeer.start(prosody, "bob", "--stdin");
             AccountSession carol = PepIT.session(prosody, "roomlists-carol")) {
            String muc = prosody.env().get("MUC_DOMAIN");
            Jid room = Jid.of("lists-" + UUID.randomUUID().toString().substring(0, 8) + "@" + muc);
            try (AccountSession setup = new AccountSession(prosody.config(app.user()).build())) {
                setup.connect();
                moderatedRoom(setup, room, "owner");
            }
            app.startAndSignIn(profile);
            join(app, room);
            Eventually.await(() -> occupant(app, app.user()).map(o -> o.affiliation() == Affiliation.OWNER
                    && o.role() == Role.MODERATOR).orElse(false), "the user in their room as its owner");
            bob.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"bob\"}");
            bob.await(SlixmppPeer.event("muc_joined"), 20);
            Eventually.await(() -> occupant(app, "bob").isPresent(), "bob in the occupant list");

            // The lists: bob made a member, an address banned with a reason, in one Save.
            app.click("#roomMenu");
            app.robot.clickOn("Members and bans…");
            app.await("#affiliationList-member");
            Eventually.await(() -> !AppDriver.onFx(() -> ((ListView<?>) app.robot.lookup("#affiliationList-owner")
                    .query()).getItems().isEmpty()), "the owner list read from the room");
            assertThat(entries(app, "owner")).containsExactly(app.user() + "@" + prosody.domain());
            app.click("#affiliationAddress-member").write("bob@");
            Eventually.await(() -> app.text("#affiliationAddressProblem-member").startsWith("That is not an address"),
                    "the address checked as it is typed");
            app.robot.write(prosody.domain());
            app.robot.type(KeyCode.ENTER);
            app.robot.clickOn("Banned");
            app.click("#affiliationAddress-outcast").write("spammer@" + prosody.domain());
            app.click("#affiliationReason-outcast").write("sells watches");
            app.click("#affiliationAdd-outcast");
            assertThat(app.text("#affiliationPending")).isEqualTo("2 changes not saved yet");
            // Cancel with changes not saved asks first; keeping them leaves the dialog as it was.
            app.click("#cancelAffiliations");
            app.robot.clickOn("Keep editing");
            assertThat(app.text("#affiliationPending")).isEqualTo("2 changes not saved yet");
            Snapshots.write(app.robot.lookup("#affiliationLists").query(), "room-lists");
            RoomAdminAppIT.dark(() -> Snapshots.write(app.robot.lookup("#affiliationLists").query(), "room-lists-dark"));
            app.click("#saveAffiliations");
            app.awaitGone("#affiliationLists");
            Eventually.await(() -> occupant(app, "bob").map(o -> o.affiliation() == Affiliation.MEMBER).orElse(false),
                    "bob a member in the occupant list");
            Eventually.await(() -> roomLines(app).contains("bob is now a member of the room"), "said in the conversation");

            app.click("#roomMenu");
            app.robot.clickOn("Members and bans…");
            Eventually.await(() -> entries(app, "member").contains("bob@" + prosody.domain()), "bob on the member list");
            Eventually.await(() -> entries(app, "outcast").contains("spammer@" + prosody.domain()), "the ban kept");
            // Prosody 0.12 lists bans without their reasons (§9.2 has them), so the reason is not checked here.
            assertThat(entries(app, "member")).as("only the change asked for").hasSize(1);
            app.click("#cancelAffiliations");
            app.awaitGone("#affiliationLists");

            // A visitor (the second session) asks for voice; the owner grants it from the card.
            List<RoomEvent> carolHeard = new CopyOnWriteArrayList<>();
            carol.rooms().addListener(carolHeard::add);
            carol.rooms().join(room, "carol", null).get(20, TimeUnit.SECONDS);
            Eventually.await(() -> occupant(app, "carol").map(o -> o.role() == Role.VISITOR).orElse(false),
                    "carol a visitor in the moderated room");
            carol.rooms().requestVoice(room);
            app.await("#voiceRequest-carol");
            assertThat(app.text("#voiceRequest-carol")).isEqualTo("carol asks to speak");
            Snapshots.write(app.robot.lookup("#voiceRequests").query(), "room-voice-request");
            RoomAdminAppIT.dark(() -> Snapshots.write(app.robot.lookup("#voiceRequests").query(),
                    "room-voice-request-dark"));
            app.click("#grantVoice");
            Eventually.await(() -> carolHeard.stream().anyMatch(e -> e instanceof RoomEvent.OccupantChanged c && c.self()
                    && c.after().role() == Role.PARTICIPANT), "carol told she has voice");
            Eventually.await(() -> roomLines(app).contains("carol has voice now"), "said in the conversation");
            app.awaitGone("#voiceRequest-carol");

            // The occupant list by keyboard: Shift+Tab from the composer, arrows, Shift+F10, Enter.
            app.click("#roomComposer");
            app.robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
            Eventually.await(() -> AppDriver.onFx(() -> app.robot.lookup("#roomOccupants").query().isFocused()),
                    "the occupant list focused");
            String selected = valueOf(() -> selectedNick(app), "an occupant selected");
            app.robot.type(KeyCode.DOWN);
            Eventually.await(() -> selectedNick(app) != null && !selectedNick(app).equals(selected),
                    "down moves to the next occupant, over the headings");
            for (int i = 0; i < 4 && !"bob".equals(selectedNick(app)); i++) {
                app.robot.type(KeyCode.DOWN);
            }
            assertThat(selectedNick(app)).isEqualTo("bob");
            app.robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
            app.await("#occupant-kick");
            app.robot.type(KeyCode.ESCAPE);
            app.robot.type(KeyCode.ENTER);
            Eventually.await(() -> "bob: ".equals(app.text("#roomComposer")), "Enter addresses bob in the composer");
            assertThat(AppDriver.onFx(() -> app.robot.lookup("#roomComposer").<TextArea>query().isFocused())).isTrue();

            // The other way round: the user is a visitor in carol's moderated room and asks for voice.
            Jid carols = Jid.of("asks-" + UUID.randomUUID().toString().substring(0, 8) + "@" + muc);
            moderatedRoom(carol, carols, "carol");
            join(app, carols);
            Eventually.await(() -> visible(app, "#requestVoice"), "the visitor offered to ask for voice");
            Eventually.await(() -> visible(app, "#voiceHint"), "the visitor told why they cannot write");
            assertThat(AppDriver.onFx(() -> app.robot.lookup("#roomComposer").query().isDisabled())).isTrue();
            app.click("#requestVoice");
            Eventually.await(() -> app.text("#requestVoice").equals("Voice requested"), "asked once");
            Snapshots.write(app.robot.lookup("#voiceHint").query(), "room-voice-requested");
            RoomEvent.VoiceRequested request = valueOf(() -> carolHeard.stream()
                    .filter(e -> e instanceof RoomEvent.VoiceRequested r && r.room().equals(carols))
                    .map(e -> (RoomEvent.VoiceRequested) e).findFirst().orElse(null), "carol sees the request");
            assertThat(request.nick()).isEqualTo(app.user());
            carol.rooms().approveVoiceRequest(request);
            Eventually.await(() -> !visible(app, "#voiceHint"), "the hint gone once voice is granted");
            Eventually.await(() -> roomLines(app).contains("You have voice now"), "said in the conversation");
            assertThat(AppDriver.onFx(() -> app.robot.lookup("#roomComposer").query().isDisabled())).isFalse();
            assertThat(app.text("#roomProblem")).as("nothing refused").isNullOrEmpty();
        }
    }

    /** Creates {@code room} as {@code nick}, moderated and persistent, so that it outlives the creator's leaving. */
    private static void moderatedRoom(AccountSession owner, Jid room, String nick) throws Exception {
        owner.rooms().join(room, nick, null).get(20, TimeUnit.SECONDS);
        new RoomAdministration(owner.client()).configure(room, Map.of("muc#roomconfig_moderatedroom", List.of("1"),
                "muc#roomconfig_persistentroom", List.of("1"))).get(20, TimeUnit.SECONDS);
    }

    private static void join(AppDriver app, Jid room) throws InterruptedException {
        app.click("#conversations");
        app.robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        app.click("#roomAddress").write(room.toString());
        app.click("#joinRoom");
        app.await("#roomComposer");
    }

    /** The first non-null value {@code read} gives within the wait. */
    private static <T> T valueOf(Supplier<T> read, String what) throws InterruptedException {
        AtomicReference<T> value = new AtomicReference<>();
        Eventually.await(() -> {
            value.set(read.get());
            return value.get() != null;
        }, what);
        return value.get();
    }

    /** Whether the node {@code query} names shows: it and every node it is in visible. */
    private static boolean visible(AppDriver app, String query) {
        return AppDriver.onFx(() -> app.robot.lookup(query).tryQuery().map(n -> {
            for (Node at = n; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static List<AffiliationList.Entry> listItems(AppDriver app, String affiliation) {
        return ((ListView<AffiliationList.Entry>) app.robot.lookup("#affiliationList-" + affiliation)
                .queryAs(ListView.class)).getItems();
    }

    private static List<String> entries(AppDriver app, String affiliation) {
        return AppDriver.onFx(() -> listItems(app, affiliation).stream().map(e -> e.jid().toString()).toList());
    }

    @SuppressWarnings("unchecked")
    private static ListView<OccupantRow> occupants(AppDriver app) {
        return (ListView<OccupantRow>) app.robot.lookup("#roomOccupants").queryAs(ListView.class);
    }

    private static Optional<Occupant> occupant(AppDriver app, String nick) {
        return AppDriver.onFx(() -> occupants(app).getItems().stream().filter(r -> r instanceof OccupantRow.Entry)
                .map(r -> ((OccupantRow.Entry) r).occupant()).filter(o -> o.nick().equals(nick)).findFirst());
    }

    private static String selectedNick(AppDriver app) {
        return AppDriver.onFx(() -> occupants(app).getSelectionModel().getSelectedItem() instanceof OccupantRow.Entry e
                ? e.occupant().nick() : null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> roomLines(AppDriver app) {
        return AppDriver.onFx(() -> ((ListView<RoomLine>) app.robot.lookup("#roomMessages").queryAs(ListView.class))
                .getItems().stream().map(RoomLine::body).toList());
    }
}
