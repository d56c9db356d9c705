package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ConversationSummary;
import im.parley.ui.chat.ChatRow;
import im.parley.ui.rooms.OccupantRow;
import im.parley.ui.rooms.RoomLine;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private conversation with a room's occupant in the app (XEP-0045 §7.5), driven like a person
 * does against the real Prosody MUC and the slixmpp peer: the occupant's context menu opens it,
 * what the user writes there reaches the peer through the room, and the peer's answer shows in
 * that conversation, listed under "peer (in room)", not in the room.
 */
@ExtendWith(NoIoOnFxThread.class)
class RoomPrivateAppIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profile;

    @Test
    void theUserWritesToAnOccupantInPrivateFromTheOccupantMenuAndTheAnswerLandsInThatConversation() throws Exception {
        try (AppDriver app = AppDriver.forNewUser(prosody, "roompm");
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            String local = "corner-" + UUID.randomUUID().toString().substring(0, 8);
            Jid room = Jid.of(local + "@" + prosody.env().get("MUC_DOMAIN"));
            // The peer makes the room (an instant one), then the user joins it.
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            app.startAndSignIn(profile);
            app.robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
            app.click("#roomAddress").write(room.toString());
            app.click("#joinRoom");
            app.await("#roomComposer");
            Eventually.await(() -> occupantNicks(app).contains("peer") && occupantNicks(app).contains(app.user()),
                    "the peer and the user in the occupant list");
            peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"welcome, all\"}");
            Eventually.await(() -> roomLines(app).contains("welcome, all"), "the peer's message to the room");

            app.robot.rightClickOn(occupantCell(app, "peer"));
            app.robot.clickOn("Send private message");
            app.await("#composer");
            Eventually.await(() -> app.text("#conversationTitle").equals("peer (in " + local + ")"), "the PM's title");
            Eventually.await(() -> app.text("#conversationStatus").equals("Private message in " + local + " · Available"),
                    "private, in which room, and the peer's presence there");

            app.click("#composer").write("shall we talk here?").type(KeyCode.ENTER);
            String got = peer.await(l -> SlixmppPeer.event("message").test(l) && l.contains("shall we talk here?"), 20);
            assertThat(SlixmppPeer.field(got, "from")).isEqualTo(room.withResource(app.user()).toString());
            Eventually.await(() -> shownBodies(app).contains("shall we talk here?"), "own message shown");

            peer.command("{\"cmd\":\"send\",\"to\":\"" + room.withResource(app.user()) + "\",\"body\":\"sure, just us\"}");
            Eventually.await(() -> shownBodies(app).equals(List.of("shall we talk here?", "sure, just us")),
                    "the answer in this conversation, once, after ours");
            Eventually.await(() -> conversations(app).stream().anyMatch(c -> c.roomPrivate()
                    && c.peer().equals(room.withResource("peer").toString()) && c.unread() == 0),
                    "listed as a conversation of its own, read since it is open");
            Eventually.await(() -> AppDriver.onFx(() -> !app.robot.lookup(".loading-older").query().isVisible()),
                    "nothing older to load");
            Snapshots.write(app.robot.lookup("#messages").query(), "room-private-message");

            // The peer changes nick (§7.6): the conversation in view goes on under the new one, history and all.
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer2\"}");
            Eventually.await(() -> app.text("#conversationTitle").equals("peer2 (in " + local + ")"),
                    "the open conversation under the new nick");
            Eventually.await(() -> shownBodies(app).equals(List.of("shall we talk here?", "sure, just us")),
                    "its history with it");
            Eventually.await(() -> conversations(app).stream().filter(c -> c.roomPrivate()).map(c -> c.peer()).toList()
                    .equals(List.of(room.withResource("peer2").toString())), "listed once, under the new nick");

            // The room itself never showed it.
            app.robot.clickOn(local);
            app.await("#roomMessages");
            Eventually.await(() -> roomLines(app).contains("welcome, all"), "the room's own messages");
            assertThat(roomLines(app)).doesNotContain("sure, just us", "shall we talk here?");

            // The peer leaves: the private conversation says messages may not arrive.
            peer.command("{\"cmd\":\"leave\",\"room\":\"" + room + "\"}");
            Eventually.await(() -> !occupantNicks(app).contains("peer2"), "the peer gone from the room");
            app.robot.clickOn("peer2 (in " + local + ")");
            Eventually.await(() -> app.text("#conversationStatus").equals("peer2 has left the room; messages may not arrive"),
                    "the hint that the peer left");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> occupantNicks(AppDriver app) {
        return AppDriver.onFx(() -> app.robot.lookup("#roomOccupants").tryQuery()
                .map(n -> ((ListView<OccupantRow>) n).getItems().stream().filter(r -> r instanceof OccupantRow.Entry)
                        .map(r -> ((OccupantRow.Entry) r).occupant().nick()).toList()).orElse(List.of()));
    }

    private static Node occupantCell(AppDriver app, String nick) {
        return AppDriver.onFx(() -> app.robot.lookup("#roomOccupants .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof OccupantRow.Entry e && e.occupant().nick().equals(nick))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownBodies(AppDriver app) {
        return AppDriver.onFx(() -> ((ListView<ChatRow>) app.robot.lookup("#messages").queryAs(ListView.class))
                .getItems().stream().filter(r -> r instanceof ChatRow.MessageRow)
                .map(r -> ((ChatRow.MessageRow) r).message().body()).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<ConversationSummary> conversations(AppDriver app) {
        return AppDriver.onFx(() -> List.copyOf(((ListView<ConversationSummary>) app.robot.lookup("#conversations")
                .queryAs(ListView.class)).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> roomLines(AppDriver app) {
        return AppDriver.onFx(() -> ((ListView<RoomLine>) app.robot.lookup("#roomMessages").queryAs(ListView.class))
                .getItems().stream().map(RoomLine::body).toList());
    }
}
