package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountSession;
import im.parley.ui.ParleyApp;
import im.parley.ui.chat.ChatRow;
import im.parley.ui.contacts.ContactRow;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.rosterx.RosterExchange;
import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app as a new user drives it (TestFX, headless Monocle in CI), against the real
 * Prosody whose certificate no system store trusts, with the slixmpp peer as the contact.
 */
@ExtendWith(NoIoOnFxThread.class)
class AppIT {
    private final TestServer prosody = TestServer.prosody();
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path profile;
    private Application app;
    private String user;

    @BeforeEach
    void freshUser() throws Exception {
        System.setProperty("parley.passwords", "file");
        user = "ui" + UUID.randomUUID().toString().substring(0, 8);
        Account.register(prosody.config(user).build());
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ParleyApp.class, "--profile", profile.toString());
    }

    private void signIn() throws InterruptedException {
        click("#jid").write(user + "@" + prosody.domain());
        click("#password").write(user + "pass");
        click("#advanced");
        click("#host").write("127.0.0.1");
        click("#port").write(Integer.toString(prosody.c2sPort()));
        click("#signIn");
    }

    @Test
    void aNewUserRefusesThenTrustsTheCertificateAndSeesTheirContacts() throws Exception {
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            Jid bob = prosody.jid("bob");
            try (AccountSession s = new AccountSession(prosody.config(user).build())) {
                s.connect();
                s.roster().set(RosterItem.of(bob, "Bob Builder", Set.of("Friends"))).get(20, TimeUnit.SECONDS);
                s.roster().set(RosterItem.of(prosody.jid("carol"), "Carol Cook", Set.of("Work")))
                        .get(20, TimeUnit.SECONDS);
                s.presence().subscribe(bob, null).get(20, TimeUnit.SECONDS);
            }
            startApp();
            await("#jid");
            Snapshots.write(robot.lookup("#jid").query(), "first-run");

            signIn();
            await("#certificateDialog");
            Snapshots.write(robot.lookup("#certificateDialog").query(), "certificate");
            assertThat(text("#certificateFingerprint")).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            click("#refuseCertificate");
            Eventually.await(() -> text("#status").contains("certificate was not trusted"), "refusal explained");

            assertThat(text("#password")).as("kept for the next try").isEqualTo(user + "pass");
            click("#signIn");
            await("#certificateDialog");
            click("#trustCertificate");
            await("#conversations");

            click("#showContacts");
            Eventually.await(() -> contactNamed("Bob Builder"), "bob in the contact list");
            Eventually.await(() -> contactOnline("Bob Builder"), "bob shown online");
            assertThat(headings()).contains("FRIENDS  1/1");
            Snapshots.write(robot.lookup("#contacts").query(), "contacts");

            // A conversation both ways with the real peer, then the last message edited.
            robot.doubleClickOn("Bob Builder");
            await("#composer");
            String me = user + "@" + prosody.domain();
            peer.command("{\"cmd\":\"send\",\"to\":\"" + me + "\",\"body\":\"hello from bob\"}");
            Eventually.await(() -> shownBodies().contains("hello from bob"), "bob's message shown");
            click("#composer").write("hi bob, how are you?").type(KeyCode.ENTER);
            assertThat(SlixmppPeer.field(peer.await(l -> SlixmppPeer.event("message").test(l)
                    && l.contains("hi bob, how are you?"), 20), "from")).startsWith(me);
            Eventually.await(() -> shownBodies().contains("hi bob, how are you?"), "own message shown once");
            assertThat(composerText()).isEmpty();

            robot.type(KeyCode.UP);
            Eventually.await(() -> composerText().equals("hi bob, how are you?"), "the last message in the composer");
            robot.press(KeyCode.END).release(KeyCode.END).write(" Edited!").type(KeyCode.ENTER);
            assertThat(SlixmppPeer.field(peer.await(l -> SlixmppPeer.event("message").test(l)
                    && l.contains("Edited!"), 20), "body")).isEqualTo("hi bob, how are you? Edited!");
            Eventually.await(() -> shownBodies().contains("hi bob, how are you? Edited!")
                    && !shownBodies().contains("hi bob, how are you?"), "the correction replaced the message");
            Snapshots.write(robot.lookup("#messages").query(), "conversation");

            // Global search finds bob's message and opens its conversation.
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
            await("#searchText");
            click("#searchText").write("hello from");
            Eventually.await(() -> onFx(() -> robot.lookup("#searchHits").queryAs(ListView.class).getItems().size()) == 1,
                    "one hit");
            Snapshots.write(robot.lookup("#searchHits").query(), "search");
            click("#searchText").type(KeyCode.ENTER);
            Eventually.await(() -> text("#conversationTitle").equals("Bob Builder"), "the hit's conversation open");

            // Ctrl+W closes the conversation; Ctrl+K finds bob again by a word of his name.
            robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
            await("#noConversation");
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            await("#quickSwitcherField");
            Eventually.await(() -> onFx(() -> robot.lookup("#quickSwitcherField").query().isFocused()), "field focused");
            Eventually.await(() -> onFx(() -> robot.lookup("#quickSwitcherList").queryAs(ListView.class).getItems()
                    .size()) == 2, "bob and carol before typing");
            click("#quickSwitcherField").write("build");
            Eventually.await(() -> onFx(() -> robot.lookup("#quickSwitcherList").queryAs(ListView.class).getItems()
                    .size()) == 1, "only bob matches");
            Snapshots.write(robot.lookup("#quickSwitcherList").query(), "quick-switcher");
            robot.type(KeyCode.ENTER);
            Eventually.await(() -> text("#conversationTitle").equals("Bob Builder"), "bob's conversation open");

            // Ctrl+D detaches it, alive, into its own window; docking brings the same one back.
            robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
            await("#dockConversation");
            await("#noConversation");
            assertThat(shownBodies()).contains("hello from bob", "hi bob, how are you? Edited!");
            peer.command("{\"cmd\":\"send\",\"to\":\"" + me + "\",\"body\":\"seen in the window\"}");
            Eventually.await(() -> shownBodies().contains("seen in the window"), "a new message in the detached window");
            Snapshots.write(robot.lookup("#dockConversation").query(), "detached");
            click("#dockConversation");
            await("#detachConversation");
            assertThat(robot.lookup("#dockConversation").tryQuery()).as("the window closed").isEmpty();
            assertThat(shownBodies()).contains("seen in the window");

            // The dark theme, switched live from the settings.
            click("#settings");
            await("#theme-dark");
            Snapshots.write(robot.lookup("#theme-dark").query(), "settings");
            click("#theme-dark");
            Eventually.await(() -> onFx(Application::getUserAgentStylesheet).contains("primer-dark"), "dark theme");
            robot.type(KeyCode.ESCAPE);
            Eventually.await(() -> robot.lookup("#theme-dark").tryQuery().isEmpty(), "settings closed");
            Snapshots.write(robot.lookup("#messages").query(), "conversation-dark");
        }
    }

    @Test
    void aNewUserCreatesAnAccountThroughTheServersForm() throws Exception {
        startApp();
        await("#createAccount");
        click("#createAccount");
        await("#registration-domain");
        click("#registration-domain").write(prosody.domain());
        click("#registration-host").write("127.0.0.1:" + prosody.c2sPort());
        click("#registration-continue");
        await("#certificateDialog");
        click("#trustCertificate");
        await("#field-username");
        String name = "new" + UUID.randomUUID().toString().substring(0, 8);
        click("#field-username").write(name);
        click("#field-password").write("a long secret");
        Snapshots.write(robot.lookup("#field-username").query(), "registration");
        click("#registration-create");
        // Signed in with the new account: the certificate trusted while registering is kept.
        await("#conversations");
        assertThat(robot.lookup("#certificateDialog").tryQuery()).isEmpty();
        try (AccountSession s = new AccountSession(prosody.config(name, "a long secret").build())) {
            s.connect();
        }
    }

    @Test
    void aContactsRosterSuggestionWaitsInTheInboxUntilApplied() throws Exception {
        startApp();
        signIn();
        await("#certificateDialog");
        click("#trustCertificate");
        await("#conversations");
        Jid suggested = TestSession.register(prosody, "suggested");
        try (TestSession contact = TestSession.fresh(prosody, "suggester")) {
            Jid me = Jid.of(user + "@" + prosody.domain());
            RosterSuggestion carol = new RosterSuggestion(RosterSuggestion.Action.ADD, suggested, "Carol Cook",
                    Set.of("Work"));
            contact.client().send(Message.builder().to(me).type(Message.Type.CHAT).body("you should meet Carol")
                    .payload(new RosterExchange(java.util.List.of(carol)).toXml()).build());
            await("#acceptOffer");
            assertThat(onFx(() -> ((Label) robot.lookup("#inbox .label").query()).getText()))
                    .isEqualTo(contact.jid() + " suggests: add Carol Cook (Work).");
            click("#showContacts");
            assertThat(contactNamed("Carol Cook")).as("nothing applied before the user answers").isFalse();
            Snapshots.write(robot.lookup("#acceptOffer").query(), "roster-suggestion");
            click("#acceptOffer");
            Eventually.await(() -> contactNamed("Carol Cook"), "Carol added to the contact list");
            assertThat(robot.lookup("#acceptOffer").tryQuery()).isEmpty();
        }
    }

    @Test
    void acceptingAContactRequestAlsoAsksToSeeTheirPresence() throws Exception {
        startApp();
        signIn();
        await("#certificateDialog");
        click("#trustCertificate");
        await("#conversations");
        // The slixmpp peer asks to see our presence, and approves whatever we ask back.
        Jid me = Jid.of(user + "@" + prosody.domain());
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--subscribe", me.toString())) {
            await("#acceptRequest");
            click("#acceptRequest");
            click("#showContacts");
            Eventually.await(() -> contactOnline(prosody.jid("bob").toString()), "bob shown online: both see each other");
        }
    }

    @Test
    void aUserJoinsARoomTalksWithThePeerAndSeesTheOccupants() throws Exception {
        String room = prosody.newRoom("lounge").toString();
        try (AccountSession owner = new AccountSession(prosody.config("carol").build())) {
            // Carol makes the room and lists it publicly: Prosody's rooms are hidden unless told.
            owner.connect();
            Jid lounge = Jid.of(room);
            owner.rooms().join(lounge, "carol", null).get(20, TimeUnit.SECONDS);
            RoomAdministration admin = new RoomAdministration(owner.client());
            admin.createInstant(lounge).get(20, TimeUnit.SECONDS);
            admin.configure(lounge, java.util.Map.of("muc#roomconfig_publicroom", java.util.List.of("1")))
                    .get(20, TimeUnit.SECONDS);
            talkInARoom(room, owner);
        }
    }

    private void talkInARoom(String room, AccountSession owner) throws Exception {
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin", "--join", room, "--nick", "bob")) {
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            startApp();
            signIn();
            await("#certificateDialog");
            click("#trustCertificate");
            await("#conversations");

            robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
            // Found in the server's public rooms by a part of its name, picked with a click.
            String name = room.substring(0, room.indexOf('@'));
            click("#roomFilter").write(name.substring(7));
            Eventually.await(() -> onFx(() -> robot.lookup("#roomDirectory").queryAs(ListView.class).getItems().size())
                    == 1, "only the lounge matches");
            robot.clickOn(name);
            assertThat(text("#roomAddress")).isEqualTo(room);
            assertThat(text("#roomNick")).as("the account's name offered").isEqualTo(user);
            Snapshots.write(robot.lookup("#roomAddress").query(), "join-room");
            click("#joinRoom");
            await("#roomComposer");
            Eventually.await(() -> occupantNicks().containsAll(java.util.List.of("bob", user)), "bob and me in the room");

            peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"welcome to the *lounge*\"}");
            Eventually.await(() -> roomBodies().contains("welcome to the *lounge*"), "bob's message shown");
            // Message Styling (XEP-0393) as in one-to-one conversations.
            Eventually.await(() -> onFx(() -> robot.lookup("#roomMessages .room-text").queryAllAs(Text.class).stream()
                    .anyMatch(t -> t.getText().equals("*lounge*") && t.getFont().getStyle().toLowerCase().contains("bold"))),
                    "the strong span drawn bold");
            // Unless the sender asks for the body as written (XEP-0393's unstyled hint).
            owner.client().send(Message.builder().to(Jid.of(room)).type(Message.Type.GROUPCHAT)
                    .body("*as written*, says carol")
                    .payload(XmlElement.empty(MessageStyling.UNSTYLED, MessageStyling.NAMESPACE)).build());
            Eventually.await(() -> onFx(() -> robot.lookup("#roomMessages .room-text").queryAllAs(Text.class).stream()
                    .anyMatch(t -> t.getText().equals("*as written*, says carol")
                            && !t.getFont().getStyle().toLowerCase().contains("bold"))), "the unstyled message as written");
            Eventually.await(() -> roomUnread(room) == 0, "the open room has nothing unread");
            click("#roomComposer").write("thanks, bob ");
            // An emoji from the picker goes where the caret is, as in one-to-one conversations.
            click("#roomEmoji");
            robot.clickOn(robot.lookup(".emoji-button").match(n -> "❤️".equals(((Button) n).getText())).<Button>query());
            assertThat(text("#roomComposer")).isEqualTo("thanks, bob ❤️");
            robot.type(KeyCode.ENTER);
            assertThat(SlixmppPeer.field(peer.await(l -> SlixmppPeer.event("muc_message").test(l)
                    && l.contains("thanks, bob"), 20), "nick")).isEqualTo(user);
            Eventually.await(() -> roomBodies().contains("thanks, bob ❤️"), "my message shown once echoed");
            assertThat(roomBodies().stream().filter("thanks, bob ❤️"::equals).count()).isEqualTo(1);

            peer.command("{\"cmd\":\"leave\",\"room\":\"" + room + "\"}");
            Eventually.await(() -> !occupantNicks().contains("bob"), "bob left the list");
            Snapshots.write(robot.lookup("#roomMessages").query(), "room");
        }
    }

    @Test
    void anInvitationToARoomWaitsInTheInboxAndJoinsIt() throws Exception {
        startApp();
        signIn();
        await("#certificateDialog");
        click("#trustCertificate");
        await("#conversations");
        Jid room = prosody.newRoom("party");
        try (AccountSession host = new AccountSession(prosody.config("carol").build())) {
            host.connect();
            host.rooms().join(room, "carol", null).get(20, TimeUnit.SECONDS);
            new RoomAdministration(host.client()).createInstant(room).get(20, TimeUnit.SECONDS);
            host.rooms().inviteDirectly(room, Jid.of(user + "@" + prosody.domain()), "come along");
            await("#acceptInvitation");
            assertThat(onFx(() -> ((Label) robot.lookup("#inbox .label").query()).getText()))
                    .isEqualTo(prosody.jid("carol") + " invites you to the room " + room.local() + ": “come along”.");
            click("#acceptInvitation");
            await("#roomComposer");
            Eventually.await(() -> occupantNicks().containsAll(java.util.List.of("carol", user)), "carol and me in the room");
            assertThat(robot.lookup("#acceptInvitation").tryQuery()).isEmpty();
        }
    }

    private int roomUnread(String room) {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<im.parley.client.history.ConversationSummary> list = robot.lookup("#conversations")
                    .queryAs(ListView.class);
            return list.getItems().stream().filter(c -> c.room() && c.peer().equals(room))
                    .mapToInt(im.parley.client.history.ConversationSummary::unread).findFirst().orElse(-1);
        });
    }

    private java.util.List<String> roomBodies() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<im.parley.ui.rooms.RoomLine> lines = robot.lookup("#roomMessages").queryAs(ListView.class);
            return lines.getItems().stream().map(im.parley.ui.rooms.RoomLine::body).toList();
        });
    }

    private java.util.List<String> occupantNicks() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<im.parley.ui.rooms.OccupantRow> rows = robot.lookup("#roomOccupants").queryAs(ListView.class);
            return rows.getItems().stream().filter(r -> r instanceof im.parley.ui.rooms.OccupantRow.Entry)
                    .map(r -> ((im.parley.ui.rooms.OccupantRow.Entry) r).occupant().nick()).toList();
        });
    }

    private java.util.List<String> shownBodies() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<ChatRow> messages = robot.lookup("#messages").queryAs(ListView.class);
            return messages.getItems().stream().filter(r -> r instanceof ChatRow.MessageRow)
                    .map(r -> ((ChatRow.MessageRow) r).message().body()).toList();
        });
    }

    private String composerText() {
        return onFx(() -> robot.lookup("#composer").queryAs(javafx.scene.control.TextArea.class).getText());
    }

    /**
     * Clicks the node {@code query} names, found once it shows: a click by query would search every
     * window again, racing the app as it swaps a window's content.
     */
    private org.testfx.api.FxRobotInterface click(String query) throws InterruptedException {
        await(query);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(robot.lookup(query).<Node>query());
    }

    private void await(String query) throws InterruptedException {
        Eventually.await(() -> robot.lookup(query).tryQuery().isPresent(), query + " shown");
    }

    private String text(String query) {
        Node n = robot.lookup(query).query();
        String t = n instanceof Label l ? l.getText() : ((javafx.scene.control.TextInputControl) n).getText();
        t = t == null ? null : t.replace("\n", ":");
        return t == null ? "" : t;
    }

    @SuppressWarnings("unchecked")
    private ListView<ContactRow> contacts() {
        return robot.lookup("#contacts").queryAs(ListView.class);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean contactNamed(String name) {
        return onFx(() -> contacts().getItems().stream()
                .anyMatch(r -> r instanceof ContactRow.Entry e && e.contact().displayName().equals(name)));
    }

    private boolean contactOnline(String name) {
        return onFx(() -> contacts().getItems().stream()
                .anyMatch(r -> r instanceof ContactRow.Entry e && e.contact().displayName().equals(name)
                        && e.contact().online()));
    }

    private java.util.List<String> headings() {
        return onFx(() -> contacts().getItems().stream()
                .filter(r -> r instanceof ContactRow.Heading).map(r -> {
                    ContactRow.Heading h = (ContactRow.Heading) r;
                    return h.group().toUpperCase() + "  " + h.online() + "/" + h.total();
                }).toList());
    }
}
