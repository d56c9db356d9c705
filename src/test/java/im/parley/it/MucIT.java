package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomDirectory;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * XEP-0045 against Prosody's MUC service (conference.localhost, with muc_mam): Parley sessions and
 * the slixmpp peer in one room, room creation through the owner form, moderation, nick changes,
 * subjects, private messages, both kinds of invitation, and XEP-0410 self-ping.
 */
class MucIT {
    private final TestServer prosody = TestServer.prosody();
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    /** A fresh account online with its room manager, its room events collected. */
    private record Member(TestSession session, RoomManager rooms, RoomAdministration admin, RoomEvents events) {
        Jid jid() {
            return session.client().jid();
        }
    }

    private Member member(String prefix) throws Exception {
        TestSession s = TestSession.fresh(prosody, prefix);
        open.add(s);
        RoomManager rooms = new RoomManager(s.client());
        open.add(rooms);
        RoomEvents events = new RoomEvents();
        rooms.addListener(events::add);
        return new Member(s, rooms, new RoomAdministration(s.client()), events);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    /** Creates {@code room} as an instant room owned by {@code owner}, nick "owner". */
    private static Room createInstant(Member owner, Jid room) throws Exception {
        Room r = get(owner.rooms().join(room, "owner", null));
        assertThat(owner.events().await(RoomEvent.Joined.class, j -> j.room().equals(room)).created()).isTrue();
        get(owner.admin().createInstant(room));
        return r;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /**
     * §7.2, §7.4, §7.5, §7.6, §8.1: two Parley sessions and the peer in one room; messages,
     * subject, nick change, private messages; none of the room's traffic reaches the generic
     * presence and message listeners or the roster's presence table.
     */
    @Test
    void twoSessionsAndThePeerTalkInOneRoom() throws Exception {
        Member alice = member("muc-alice");
        Jid room = prosody.newRoom("talk");
        createInstant(alice, room);

        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            alice.events().await(RoomEvent.OccupantJoined.class, e -> e.occupant().nick().equals("peer"));
            peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"before carol\"}");
            alice.events().await(RoomEvent.RoomMessage.class, m -> m.message().body().orElse("").equals("before carol"));

            // Carol is a whole account session: roster, presence table, chats.
            Jid carolJid = TestSession.register(prosody, "muc-carol");
            AccountSession carol = new AccountSession(prosody.config(carolJid, TestSession.PASSWORD).build());
            open.add(carol);
            List<Presence> genericPresences = new CopyOnWriteArrayList<>();
            List<Message> genericMessages = new CopyOnWriteArrayList<>();
            carol.client().addPresenceListener(genericPresences::add);
            carol.client().addMessageListener(genericMessages::add);
            RoomEvents carolEvents = new RoomEvents();
            carol.rooms().addListener(carolEvents::add);
            carol.connect();
            get(carol.presence().sendAvailable(null, null, 0));

            Room joined = get(carol.rooms().join(room, "carol", null));
            assertThat(joined.info().orElseThrow().archived()).as("Prosody's muc_mam archives the room").isTrue();
            assertThat(joined.occupants()).extracting(Occupant::nick).containsExactlyInAnyOrder("owner", "peer", "carol");
            alice.events().await(RoomEvent.OccupantJoined.class, e -> e.occupant().nick().equals("carol"));

            peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"hello all\"}");
            RoomEvent.RoomMessage fromPeer = carolEvents.await(RoomEvent.RoomMessage.class,
                    m -> m.message().body().orElse("").equals("hello all"));
            assertThat(fromPeer.nick()).isEqualTo("peer");
            alice.rooms().send(room, "hi from parley");
            peer.await(line -> line.contains("muc_message") && line.contains("hi from parley"), 20);
            carolEvents.await(RoomEvent.RoomMessage.class, m -> "owner".equals(m.nick())
                    && m.message().body().orElse("").equals("hi from parley"));

            alice.rooms().setSubject(room, "Cauldron matters");
            assertThat(carolEvents.await(RoomEvent.SubjectChanged.class, s -> s.subject().equals("Cauldron matters")).nick())
                    .isEqualTo("owner");

            alice.rooms().sendPrivate(room.withResource("carol"), "just between us");
            RoomEvent.PrivateMessage pm = carolEvents.await(RoomEvent.PrivateMessage.class,
                    m -> m.message().body().orElse("").equals("just between us"));
            assertThat(pm.from()).isEqualTo(room.withResource("owner"));

            get(carol.rooms().changeNick(room, "crone"));
            RoomEvent.NickChanged renamed = alice.events().await(RoomEvent.NickChanged.class, n -> n.after().nick().equals("crone"));
            assertThat(renamed.before().nick()).isEqualTo("carol");
            assertThat(renamed.self()).isFalse();
            assertThat(carol.rooms().room(room).orElseThrow().nick()).isEqualTo("crone");

            // The room asked for no history, since it has an archive: the earlier message never came.
            assertThat(carolEvents.all()).noneMatch(e -> e instanceof RoomEvent.RoomMessage m
                    && m.message().body().orElse("").equals("before carol"));
            carol.client().query(im.parley.xmpp.ext.ping.Ping.request(null)).get(20, TimeUnit.SECONDS);
            assertThat(genericPresences).noneMatch(p -> p.from() != null && p.from().bare().equals(room));
            assertThat(genericMessages).noneMatch(m -> m.from() != null && m.from().bare().equals(room));
            assertThat(carol.presence().table().resources(room)).isEmpty();
        }
    }

    /** §10.1.3, §10.2: a room configured through the owner form; §7.2.6 its password; §9.3, §9.5 its member list. */
    @Test
    void aConfiguredRoomAsksForItsPassword() throws Exception {
        Member alice = member("muc-owner");
        Member bob = member("muc-guest");
        Jid room = prosody.newRoom("secret");
        get(alice.rooms().join(room, "owner", null));
        get(alice.admin().configure(room, Map.of(
                "muc#roomconfig_roomname", List.of("The Secret Cave"),
                "muc#roomconfig_roomsecret", List.of("cauldronburn"))));
        assertThat(get(alice.rooms().info(room)).name()).isEqualTo("The Secret Cave");
        assertThat(get(alice.rooms().info(room)).passwordProtected()).isTrue();

        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> bob.rooms().join(room, "guest", null).get(20, TimeUnit.SECONDS));
        assertThat(((StanzaErrorException) refused.getCause()).condition()).isEqualTo(StanzaErrorCondition.NOT_AUTHORIZED);
        assertThat(bob.rooms().room(room)).isEmpty();
        get(bob.rooms().join(room, "guest", "cauldronburn"));

        get(alice.admin().setAffiliation(room, bob.jid(), Affiliation.MEMBER, "welcome"));
        assertThat(get(alice.admin().list(room, Affiliation.MEMBER))).extracting(MucItem::jid).contains(bob.jid().bare());
        bob.events().await(RoomEvent.OccupantChanged.class, c -> c.self() && c.after().affiliation() == Affiliation.MEMBER);
    }

    /** §7.2.9: a taken nick is refused with an alternative to try. */
    @Test
    void aTakenNickOffersAnAlternative() throws Exception {
        Member alice = member("muc-first");
        Member bob = member("muc-second");
        Jid room = prosody.newRoom("nicks");
        createInstant(alice, room);
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> bob.rooms().join(room, "owner", null).get(20, TimeUnit.SECONDS));
        NickConflictException conflict = (NickConflictException) refused.getCause();
        assertThat(conflict.alternative()).isEqualTo("owner_");
        assertThat(get(bob.rooms().join(room, conflict.alternative(), null)).nick()).isEqualTo("owner_");
    }

    /** §8.2 kick, §9.1 ban, §10.9 destroy: each removal is told with its reason, to the removed and the rest. */
    @Test
    void kickBanAndDestroy() throws Exception {
        Member alice = member("muc-mod");
        Member bob = member("muc-kicked");
        Member carol = member("muc-banned");
        Member dave = member("muc-stays");
        Jid room = prosody.newRoom("moderation");
        createInstant(alice, room);
        get(bob.rooms().join(room, "bob", null));
        get(carol.rooms().join(room, "carol", null));
        get(dave.rooms().join(room, "dave", null));
        // Whoever hears of the kick must already find the room gone, or it would act on a room it left.
        List<Boolean> stillThereWhenTold = new CopyOnWriteArrayList<>();
        bob.rooms().addListener(e -> {
            if (e instanceof RoomEvent.Left) {
                stillThereWhenTold.add(bob.rooms().room(room).isPresent());
            }
        });

        get(alice.admin().kick(room, "bob", "Avaunt!"));
        RoomEvent.Left kicked = bob.events().await(RoomEvent.Left.class, l -> l.room().equals(room));
        assertThat(kicked.departure()).isEqualTo(Departure.KICKED);
        assertThat(kicked.reason()).isEqualTo("Avaunt!");
        assertThat(stillThereWhenTold).containsExactly(false);
        assertThat(bob.rooms().room(room)).isEmpty();
        assertThat(dave.events().await(RoomEvent.OccupantLeft.class, l -> l.occupant().nick().equals("bob")).departure())
                .isEqualTo(Departure.KICKED);

        get(alice.admin().ban(room, carol.jid(), "Treason"));
        assertThat(carol.events().await(RoomEvent.Left.class, l -> l.room().equals(room)).departure()).isEqualTo(Departure.BANNED);
        assertThat(get(alice.admin().list(room, Affiliation.OUTCAST))).extracting(MucItem::jid).contains(carol.jid().bare());
        ExecutionException banned = assertThrows(ExecutionException.class,
                () -> carol.rooms().join(room, "carol", null).get(20, TimeUnit.SECONDS));
        assertThat(((StanzaErrorException) banned.getCause()).condition()).isEqualTo(StanzaErrorCondition.FORBIDDEN);

        get(alice.admin().destroy(room, "Macbeth doth come.", null));
        RoomEvent.Left destroyed = dave.events().await(RoomEvent.Left.class, l -> l.room().equals(room));
        assertThat(destroyed.departure()).isEqualTo(Departure.DESTROYED);
        assertThat(destroyed.reason()).isEqualTo("Macbeth doth come.");
    }

    /** §7.8.2 mediated invitations and their declines; XEP-0249 direct invitations; §6.3 the room in the service's list. */
    @Test
    void bothKindsOfInvitation() throws Exception {
        Member alice = member("muc-host");
        Member bob = member("muc-invitee");
        Jid room = prosody.newRoom("party");
        createInstant(alice, room);

        alice.rooms().invite(room, bob.jid().bare(), "come in");
        RoomEvent.Invited mediated = bob.events().await(RoomEvent.Invited.class, i -> !i.direct());
        assertThat(mediated.room()).isEqualTo(room);
        // Prosody names the inviter by occupant JID in a room that hides real JIDs.
        assertThat(mediated.from()).isIn(alice.jid(), room.withResource("owner"));
        assertThat(mediated.reason()).isEqualTo("come in");
        bob.rooms().decline(room, mediated.from(), "too busy");
        RoomEvent.InvitationDeclined declined = alice.events().await(RoomEvent.InvitationDeclined.class, d -> true);
        assertThat(declined.from().bare()).isEqualTo(bob.jid().bare());

        alice.rooms().inviteDirectly(room, bob.jid().bare(), "really, come");
        RoomEvent.Invited direct = bob.events().await(RoomEvent.Invited.class, RoomEvent.Invited::direct);
        assertThat(direct.room()).isEqualTo(room);
        assertThat(direct.from()).isEqualTo(alice.jid());
        assertThat(bob.session().inbox()).as("invitations never land in one-to-one chats").isEmpty();

        get(alice.admin().configure(room, Map.of("muc#roomconfig_publicroom", List.of("1"))));
        RoomDirectory.RoomPage rooms = get(new RoomDirectory(alice.session().client())
                .rooms(Jid.domain(prosody.env().get("MUC_DOMAIN")), null));
        assertThat(rooms.rooms()).extracting(i -> i.jid()).contains(room);
    }

    /** XEP-0410: a room that silently forgot the user answers the self-ping not-acceptable; the user joins again. */
    @Test
    void selfPingRejoinsARoomThatDroppedUs() throws Exception {
        Member alice = member("muc-pinger");
        Member bob = member("muc-witness");
        Jid room = prosody.newRoom("forgetful");
        createInstant(alice, room);
        get(bob.rooms().join(room, "bob", null));
        get(alice.rooms().selfPingNow());
        assertThat(alice.events().all()).noneMatch(e -> e instanceof RoomEvent.Left);

        ProsodyShell.dropOccupant(room, "owner");
        get(alice.rooms().selfPingNow());
        assertThat(alice.events().await(RoomEvent.Left.class, l -> l.room().equals(room)).departure())
                .isEqualTo(Departure.DROPPED);
        assertThat(alice.events().all().stream().filter(e -> e instanceof RoomEvent.Joined).count()).isEqualTo(2);
        assertThat(alice.rooms().room(room).orElseThrow().isJoined()).isTrue();
        // The room counts Alice in again: what Bob says reaches her.
        bob.rooms().send(room, "welcome back");
        alice.events().await(RoomEvent.RoomMessage.class, m -> m.message().body().orElse("").equals("welcome back"));
    }

    /** A self-ping interval elapses by itself too: the timer, not only the call, finds the drop. */
    @Test
    void theSelfPingTimerFindsTheDrop() throws Exception {
        TestSession s = TestSession.fresh(prosody, "muc-timer");
        open.add(s);
        RoomManager rooms = new RoomManager(s.client(), Duration.ofSeconds(1));
        open.add(rooms);
        RoomEvents events = new RoomEvents();
        rooms.addListener(events::add);
        Jid room = prosody.newRoom("timer");
        get(rooms.join(room, "owner", null));
        get(new RoomAdministration(s.client()).createInstant(room));
        ProsodyShell.dropOccupant(room, "owner");
        events.await(RoomEvent.Left.class, l -> l.departure() == Departure.DROPPED);
        events.await(RoomEvent.Joined.class, j -> !j.created());
    }
}
