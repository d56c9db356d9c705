package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private messages in a room (XEP-0045 §7.5) with the slixmpp peer through the real Prosody MUC:
 * the peer's is archived once under its occupant JID, the user's answer reaches the peer and is
 * archived as outgoing in the same conversation, and both are still there, in order and once,
 * after the account is opened again and has caught up with the server's archive.
 */
class RoomPrivateMessagesIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private static boolean privateFrom(AccountEvent e, Jid occupant, String body) {
        return e instanceof AccountEvent.RoomChanged r && r.event() instanceof RoomEvent.PrivateMessage pm
                && pm.from().equals(occupant) && pm.message().body().orElse("").equals(body);
    }

    @Test
    void privateMessagesBothWaysAreOneConversationUnderTheOccupantKeptOnceAcrossARestart() throws Exception {
        Jid alice = TestSession.register(prosody, "pm-alice");
        Jid room = prosody.newRoom("whisper");
        Jid peerInRoom = room.withResource("peer");
        Jid meInRoom = room.withResource("alice");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Profile profile = Profile.open(profileDir);
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            try (Account account = profile.account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
                account.subscribe(events::add);
                account.connect().get(20, TimeUnit.SECONDS);
                account.rooms().join(room, "alice", null).get(20, TimeUnit.SECONDS);
                account.rooms().administration().configure(room, Map.of()).get(20, TimeUnit.SECONDS);
                peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
                peer.await(SlixmppPeer.event("muc_joined"), 20);

                peer.command("{\"cmd\":\"send\",\"to\":\"" + meInRoom + "\",\"body\":\"psst, alice\"}");
                await(() -> events.stream().anyMatch(e -> privateFrom(e, peerInRoom, "psst, alice")), "the peer's PM");
                assertThat(profile.history(alice).privatePage(peerInRoom, null, 10))
                        .extracting(HistoryMessage::body, HistoryMessage::outgoing)
                        .containsExactly(Tuple.tuple("psst, alice", false));

                TrackedMessage answer = account.privateMessages().send(peerInRoom, "psst yourself");
                String got = peer.await(l -> SlixmppPeer.event("message").test(l) && l.contains("psst yourself"), 20);
                assertThat(SlixmppPeer.field(got, "from")).as("through the room, from the user's nick").isEqualTo(meInRoom.toString());
                assertThat(SlixmppPeer.field(got, "type")).isEqualTo("chat");
                await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.DeliveryChanged d
                        && d.message().originId().equals(answer.originId()) && d.message().state() == DeliveryState.SENT),
                        "the server has our answer");
                assertThat(events).as("none of it reached the generic chat handlers").noneMatch(e ->
                        e instanceof AccountEvent.MessageReceived m && m.message().from().bare().equals(room));
            }
            // Opened again: the history is there before any connection, and the archive catch-up adds no copy.
            List<HistoryMessage> kept = profile.history(alice).privatePage(peerInRoom, null, 10);
            assertThat(kept).extracting(HistoryMessage::body, HistoryMessage::outgoing)
                    .containsExactly(Tuple.tuple("psst, alice", false), Tuple.tuple("psst yourself", true));
            assertThat(kept.get(1).delivery()).isEqualTo(DeliveryState.SENT);
            Profile.SyncedAccount again = profile.accountWithSync(
                    prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
            try (Account account = again.account()) {
                SyncIT.connectAndSync(again);
            }
            assertThat(profile.history(alice).privatePage(peerInRoom, null, 10))
                    .extracting(HistoryMessage::body, HistoryMessage::outgoing)
                    .containsExactly(Tuple.tuple("psst, alice", false), Tuple.tuple("psst yourself", true));
            assertThat(profile.history(alice).page(room, null, 10)).as("no one-to-one chat with the room").isEmpty();
            assertThat(profile.history(alice).conversations()).filteredOn(c -> c.peer().startsWith(room.toString()))
                    .singleElement().satisfies(c -> {
                        assertThat(c.peer()).isEqualTo(peerInRoom.toString());
                        assertThat(c.roomPrivate()).isTrue();
                    });
        }
    }

    @Test
    void thePrivateConversationFollowsTheOccupantsNewNick() throws Exception {
        Jid alice = TestSession.register(prosody, "pm-alice");
        Jid room = prosody.newRoom("renamed");
        Jid romeo = room.withResource("romeo");
        Jid montague = room.withResource("montague");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Profile profile = Profile.open(profileDir);
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin");
             Account account = profile.account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
            account.subscribe(events::add);
            account.connect().get(20, TimeUnit.SECONDS);
            account.rooms().join(room, "alice", null).get(20, TimeUnit.SECONDS);
            account.rooms().administration().configure(room, Map.of()).get(20, TimeUnit.SECONDS);
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"romeo\"}");
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            peer.command("{\"cmd\":\"send\",\"to\":\"" + room.withResource("alice") + "\",\"body\":\"by any other name\"}");
            await(() -> events.stream().anyMatch(e -> privateFrom(e, romeo, "by any other name")), "romeo's PM");

            // A presence to another nick in the room is a nick change (§7.6).
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"montague\"}");
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.RoomChanged r
                    && r.event() instanceof RoomEvent.NickChanged n && n.after().jid().equals(montague)), "the nick change");
            peer.command("{\"cmd\":\"send\",\"to\":\"" + room.withResource("alice") + "\",\"body\":\"would smell as sweet\"}");
            await(() -> events.stream().anyMatch(e -> privateFrom(e, montague, "would smell as sweet")), "the PM under the new nick");

            assertThat(profile.history(alice).privatePage(montague, null, 10)).extracting(HistoryMessage::body)
                    .containsExactly("by any other name", "would smell as sweet");
            assertThat(profile.history(alice).privatePage(romeo, null, 10)).isEmpty();
            assertThat(profile.history(alice).conversations()).filteredOn(c -> c.peer().startsWith(room.toString()))
                    .extracting(c -> c.peer()).containsExactly(montague.toString());
        }
    }
}
