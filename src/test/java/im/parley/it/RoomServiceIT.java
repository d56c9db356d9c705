package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account's rooms across sessions: room events in the account's ordered stream, room
 * messages in the local archive, the room joined again after a fresh session (Prosody restarted
 * under the account, so nothing can be resumed), and what was said while the account was offline
 * brought in from the room's archive, each message once.
 */
class RoomServiceIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private static boolean roomMessage(AccountEvent e, String body) {
        return e instanceof AccountEvent.RoomChanged r && r.event() instanceof RoomEvent.RoomMessage m
                && m.message().body().orElse("").equals(body);
    }

    private static long count(List<AccountEvent> events, Predicate<AccountEvent> p) {
        return events.stream().filter(p).count();
    }

    private static void peerSays(SlixmppPeer peer, Jid room, String body) {
        peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"" + body + "\"}");
    }

    private static void peerJoins(SlixmppPeer peer, Jid room) throws InterruptedException {
        peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
        peer.await(SlixmppPeer.event("muc_joined"), 20);
    }

    /**
     * Connects the account and makes it the owner of a new room, persistent so that the room
     * outlives a restart of the server or the account (the submission also unlocks it); returns
     * the account's events from the start.
     */
    private static List<AccountEvent> connectedInPersistentRoom(Account account, Jid room) throws Exception {
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        account.subscribe(events::add);
        account.connect().get(20, TimeUnit.SECONDS);
        account.rooms().join(room, "alice", null).get(20, TimeUnit.SECONDS);
        account.rooms().administration().configure(room, Map.of("muc#roomconfig_persistentroom", List.of("1")))
                .get(20, TimeUnit.SECONDS);
        return events;
    }

    @Test
    void aRoomStaysJoinedAcrossAFreshSessionAndItsMessagesAreKeptOnce() throws Exception {
        Jid alice = TestSession.register(prosody, "rooms-alice");
        Jid room = prosody.newRoom("lasting");
        try (Profile profile = Profile.open(profileDir);
             Account account = profile.account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
            List<AccountEvent> events = connectedInPersistentRoom(account, room);

            try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
                peerJoins(peer, room);
                peerSays(peer, room, "before the restart");
                await(() -> events.stream().anyMatch(e -> roomMessage(e, "before the restart")), "the peer's message");
            }
            account.rooms().send(room, "mine, before");
            await(() -> events.stream().anyMatch(e -> roomMessage(e, "mine, before")), "our own message's echo");

            prosody.restartProsody();
            await(() -> count(events, e -> e instanceof AccountEvent.BroughtUp) == 2, "a fresh session was brought up");
            await(() -> count(events, e -> e instanceof AccountEvent.RoomChanged r && r.event() instanceof RoomEvent.Joined) == 2,
                    "the room was joined again");
            assertThat(events).anyMatch(e -> e instanceof AccountEvent.RoomChanged r
                    && r.event() instanceof RoomEvent.Left l && l.departure() == Departure.DROPPED);
            assertThat(account.rooms().memberships()).singleElement().satisfies(m -> assertThat(m.room()).isEqualTo(room));

            try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
                peerJoins(peer, room);
                peerSays(peer, room, "after the restart");
                await(() -> events.stream().anyMatch(e -> roomMessage(e, "after the restart")), "the peer's later message");
            }

            // Offline while the peer talks: the room's archive brings it in once the room is joined again.
            account.disconnect();
            try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
                peerJoins(peer, room);
                peerSays(peer, room, "while you were away");
                peer.await(line -> line.contains("muc_message") && line.contains("while you were away"), 20);
            }
            account.connect().get(20, TimeUnit.SECONDS);
            await(() -> profile.history(alice).roomPage(room, null, 20).stream()
                    .anyMatch(m -> m.body().equals("while you were away")), "the room's archive caught up");
            assertThat(events).noneMatch(e -> roomMessage(e, "while you were away"));

            List<HistoryMessage> history = profile.history(alice).roomPage(room, null, 20);
            assertThat(history).extracting(HistoryMessage::body).as("each message once, live or from the archive")
                    .containsExactlyInAnyOrder("before the restart", "mine, before", "after the restart", "while you were away");
            assertThat(history).filteredOn(HistoryMessage::outgoing).extracting(HistoryMessage::body).containsExactly("mine, before");
            assertThat(events).noneMatch(e -> e instanceof AccountEvent.MessageReceived m
                    && m.message().stanza().from().bare().equals(room));
            assertThat(events).noneMatch(e -> e instanceof AccountEvent.PresenceChanged p
                    && p.presence().from() != null && p.presence().from().bare().equals(room));

            account.rooms().leave(room).get(20, TimeUnit.SECONDS);
            assertThat(account.rooms().memberships()).isEmpty();
        }
    }

    private static boolean delivered(AccountEvent e, String originId) {
        return e instanceof AccountEvent.DeliveryChanged d && d.message().originId().equals(originId)
                && d.message().state() == DeliveryState.DELIVERED;
    }

    /**
     * The user's room messages go through the outbox: shown at once, delivered when the room
     * echoes them, each stored once with the room's id; written offline, they wait in the archive
     * across a restart and go out, once, when the room is joined again.
     */
    @Test
    void roomMessagesWrittenOfflineGoOutOnceTheRoomIsJoinedAgainEvenAfterARestart() throws Exception {
        Jid alice = TestSession.register(prosody, "outbox-alice");
        Jid room = prosody.newRoom("outbox");
        try (Profile profile = Profile.open(profileDir);
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            String queuedId;
            try (Account account = profile.account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
                List<AccountEvent> events = connectedInPersistentRoom(account, room);
                peerJoins(peer, room);

                TrackedMessage online = account.rooms().send(room, "sent online");
                // The local echo: told on the account's event thread, so not necessarily before send returns.
                await(() -> events.contains(new AccountEvent.MessageSent(online)), "the local echo");
                await(() -> events.stream().anyMatch(e -> delivered(e, online.originId())), "the room echoed it");
                peer.await(line -> line.contains("muc_message") && line.contains("sent online"), 20);

                account.disconnect();
                TrackedMessage offline = account.rooms().send(room, "written offline");
                queuedId = offline.originId();
                assertThat(offline.state()).isEqualTo(DeliveryState.QUEUED);
                assertThat(profile.history(alice).roomPage(room, null, 20)).filteredOn(m -> m.body().equals("written offline"))
                        .singleElement().satisfies(m -> assertThat(m.delivery()).isEqualTo(DeliveryState.QUEUED));
            }
            try (Account restarted = profile.account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
                List<AccountEvent> events = new CopyOnWriteArrayList<>();
                restarted.subscribe(events::add);
                restarted.connect().get(20, TimeUnit.SECONDS);
                await(() -> events.stream().anyMatch(e -> delivered(e, queuedId)), "the room echoed the queued message");
                TrackedMessage after = restarted.rooms().send(room, "and one after");
                await(() -> events.stream().anyMatch(e -> delivered(e, after.originId())), "the later one echoed");
                peer.await(line -> line.contains("muc_message") && line.contains("and one after"), 20);
                assertThat(peer.count(line -> line.contains("muc_message") && line.contains("written offline")))
                        .as("the peer got the queued message once").isEqualTo(1);
            }
            List<HistoryMessage> history = profile.history(alice).roomPage(room, null, 20);
            assertThat(history).filteredOn(HistoryMessage::outgoing).as("each stored once, delivered, with the room's id")
                    .extracting(HistoryMessage::body, HistoryMessage::delivery)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("sent online", DeliveryState.DELIVERED),
                            org.assertj.core.groups.Tuple.tuple("written offline", DeliveryState.DELIVERED),
                            org.assertj.core.groups.Tuple.tuple("and one after", DeliveryState.DELIVERED));
            assertThat(history).filteredOn(HistoryMessage::outgoing).allSatisfy(m -> assertThat(m.stanzaId()).isNotNull());
        }
    }
}
