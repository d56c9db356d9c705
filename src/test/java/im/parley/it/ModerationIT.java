package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.moderation.Moderated;
import im.parley.xmpp.ext.moderation.ModeratedCodec;
import im.parley.xmpp.ext.moderation.ModerationVersion;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Message Moderation (XEP-0425) against the real Prosody MUC with mod_muc_moderation (Debian's
 * prosody-modules, loaded onto the MUC service here; it speaks the 0.2 fastening): a moderator
 * retracts another occupant's message, both accounts are told and keep a tombstone, the one that
 * was offline catches it up from the room's archive, and forged announcements change nothing.
 */
class ModerationIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path dir;

    @BeforeAll
    static void moderationModule() throws Exception {
        TestServer server = TestServer.prosody();
        Assumptions.assumeTrue(ProsodyShell.loadModule(server.env().get("MUC_DOMAIN"), "muc_moderation"),
                "mod_muc_moderation is not installed (Debian package prosody-modules)");
    }

    private record Member(Profile profile, Account account, List<AccountEvent> events) implements AutoCloseable {
        @Override
        public void close() {
            account.close();
            profile.close();
        }

        Optional<RoomEvent.RoomMessage> said(String body) {
            return events.stream().filter(e -> e instanceof AccountEvent.RoomChanged r
                            && r.event() instanceof RoomEvent.RoomMessage m && m.message().body().orElse("").equals(body))
                    .map(e -> (RoomEvent.RoomMessage) ((AccountEvent.RoomChanged) e).event()).findFirst();
        }

        List<RoomEvent.MessageModerated> moderations() {
            return events.stream().filter(e -> e instanceof AccountEvent.RoomChanged r
                            && r.event() instanceof RoomEvent.MessageModerated)
                    .map(e -> (RoomEvent.MessageModerated) ((AccountEvent.RoomChanged) e).event()).toList();
        }

        HistoryMessage stored(Jid room, String stanzaId) {
            return profile.history(account.jid()).roomPage(room, null, 50).stream()
                    .filter(m -> stanzaId.equals(m.stanzaId())).findFirst().orElseThrow();
        }
    }

    private Member member(String name, Jid jid) throws Exception {
        Profile profile = Profile.open(dir.resolve(name));
        Account account = profile.account(prosody.config(jid.withResource("desk"), TestSession.PASSWORD).build());
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        account.subscribe(events::add);
        account.connect().get(20, TimeUnit.SECONDS);
        return new Member(profile, account, events);
    }

    private Jid newRoom() {
        return prosody.newRoom("moderated");
    }

    private static String stanzaId(RoomEvent.RoomMessage m) {
        return StableIds.stanzaId(m.message(), m.room()).map(StanzaId::id).orElseThrow();
    }

    private static String said(Member m, String body) throws InterruptedException {
        await(() -> m.said(body).isPresent(), m.account().jid() + " sees '" + body + "'");
        return stanzaId(m.said(body).get());
    }

    @Test
    void aModeratorRetractsAnotherOccupantsMessageForEveryoneAndTheArchivesKeepATombstone() throws Exception {
        Jid room = newRoom();
        try (Member alice = member("alice", TestSession.register(prosody, "mod-alice"));
             Member bob = member("bob", TestSession.register(prosody, "mod-bob"))) {
            alice.account().rooms().join(room, "alice", null).get(20, TimeUnit.SECONDS);
            alice.account().rooms().administration().configure(room, Map.of("muc#roomconfig_persistentroom", List.of("1")))
                    .get(20, TimeUnit.SECONDS);
            bob.account().rooms().join(room, "bob", null).get(20, TimeUnit.SECONDS);

            bob.account().rooms().send(room, "DM me for free magic potions!");
            String potions = said(alice, "DM me for free magic potions!");
            assertThat(said(bob, "DM me for free magic potions!")).isEqualTo(potions);

            assertThatThrownBy(() -> bob.account().rooms().moderate(room, potions, "mine to take back?").get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(StanzaErrorException.class,
                            e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.FORBIDDEN));

            alice.account().rooms().moderate(room, potions, "spam").get(20, TimeUnit.SECONDS);
            for (Member m : List.of(alice, bob)) {
                await(() -> !m.moderations().isEmpty(), m.account().jid() + " is told of the moderation");
                assertThat(m.moderations()).singleElement().satisfies(e -> {
                    assertThat(e.room()).isEqualTo(room);
                    assertThat(e.stanzaId()).isEqualTo(potions);
                    assertThat(e.by()).isEqualTo(room.withResource("alice"));
                    assertThat(e.reason()).isEqualTo("spam");
                });
                HistoryMessage tombstone = m.stored(room, potions);
                assertThat(tombstone.body()).isEmpty();
                assertThat(tombstone.moderated()).isTrue();
                assertThat(tombstone.moderatedBy()).isEqualTo(room.withResource("alice").toString());
                assertThat(tombstone.moderationReason()).isEqualTo("spam");
                assertThat(tombstone.sender()).isEqualTo(room.withResource("bob").toString());
            }

            // Bob goes offline; what is moderated meanwhile reaches his archive from the room's.
            bob.account().rooms().send(room, "and cheap brooms");
            String brooms = said(alice, "and cheap brooms");
            said(bob, "and cheap brooms");
            bob.account().disconnect();
            alice.account().rooms().moderate(room, brooms, "more spam").get(20, TimeUnit.SECONDS);
            await(() -> alice.moderations().size() == 2, "alice is told of the second moderation");
            bob.account().connect().get(20, TimeUnit.SECONDS);
            await(() -> bob.stored(room, brooms).moderated(), "bob's archive caught the moderation up");
            assertThat(bob.stored(room, brooms).moderationReason()).isEqualTo("more spam");
            assertThat(bob.stored(room, brooms).body()).isEmpty();
            assertThat(bob.moderations()).as("the archive's copy is no news").hasSize(1);
            assertThat(bob.stored(room, potions).moderationReason()).as("applied once").isEqualTo("spam");
        }
    }

    @Test
    void forgedModerationsChangeNothing() throws Exception {
        Jid room = newRoom();
        try (Member alice = member("alice", TestSession.register(prosody, "forged-alice"));
             TestSession mallory = TestSession.fresh(prosody, "forged-mallory");
             RoomManager malloryRooms = new RoomManager(mallory.client())) {
            alice.account().rooms().join(room, "alice", null).get(20, TimeUnit.SECONDS);
            alice.account().rooms().administration().createInstant(room).get(20, TimeUnit.SECONDS);
            malloryRooms.join(room, "mallory", null).get(20, TimeUnit.SECONDS);
            alice.account().rooms().send(room, "the truth");
            String truth = said(alice, "the truth");

            // From mallory's occupant JID, as the room relays it, and straight to alice's device.
            Moderated forged = new Moderated(truth, room.withResource("alice"), null, "forged");
            for (ModerationVersion v : ModerationVersion.values()) {
                mallory.client().send(Message.builder().to(room).type(Message.Type.GROUPCHAT).id("forged-room-" + v)
                        .payload(new ModeratedCodec(v).encode(forged)).build());
                mallory.client().send(Message.builder().to(alice.account().jid().withResource("desk"))
                        .type(Message.Type.GROUPCHAT).id("forged-direct-" + v)
                        .payload(new ModeratedCodec(v).encode(forged)).build());
            }
            // Each stream keeps its order: once these arrive, the forgeries before them were handled.
            malloryRooms.send(room, "after the forgeries");
            mallory.client().send(Message.builder().to(alice.account().jid().withResource("desk"))
                    .type(Message.Type.CHAT).id("after").body("after the forgeries, directly").build());
            said(alice, "after the forgeries");
            await(() -> alice.events().stream().anyMatch(e -> e instanceof AccountEvent.MessageReceived r
                    && r.message().stanza().body().orElse("").equals("after the forgeries, directly")), "the direct message");

            assertThat(alice.moderations()).isEmpty();
            assertThat(alice.stored(room, truth).body()).isEqualTo("the truth");
            assertThat(alice.stored(room, truth).moderated()).isFalse();
        }
    }

    /** `muc listen` shows the stanza id to name a message by, `muc moderate` retracts it, `listen` prints that. */
    @Test
    void theCommandLineModeratesTheSlixmppPeersMessage() throws Exception {
        Jid owner = TestSession.register(prosody, "cli-moderator");
        Jid listener = TestSession.register(prosody, "cli-ears");
        Jid room = newRoom();
        CliProcess.Result created = CliProcess.run(prosody, owner, List.of("muc", "create", room + "/owner",
                "--config", "muc#roomconfig_persistentroom=1"));
        assertThat(created.exit()).as(created.err()).isZero();
        Process listening = CliProcess.start(prosody, listener, List.of("muc", "listen", room.toString(), "--nick", "ears",
                "--timeout", "60"));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(listening.getInputStream(), StandardCharsets.UTF_8));
             BufferedReader err = new BufferedReader(new InputStreamReader(listening.getErrorStream(), StandardCharsets.UTF_8));
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            assertThat(err.readLine()).isEqualTo("listening in " + room + " as ears");
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            peer.command("{\"cmd\":\"muc_send\",\"room\":\"" + room + "\",\"body\":\"cheap potions\"}");
            String said = lineWith(out, "\"body\":\"cheap potions\"");
            Matcher id = Pattern.compile("\"stanza_id\":\"([^\"]+)\"").matcher(said);
            assertThat(id.find()).as(said).isTrue();

            CliProcess.Result moderated = CliProcess.run(prosody, owner, List.of("muc", "moderate", room.toString(),
                    id.group(1), "--reason", "spam", "--nick", "owner"));
            assertThat(moderated.exit()).as(moderated.err()).isZero();
            assertThat(lineWith(out, "\"type\":\"message_moderated\"")).contains("\"stanza_id\":\"" + id.group(1) + "\"")
                    .contains("\"by\":\"" + room + "/owner\"").contains("\"reason\":\"spam\"");
            assertThat(CliProcess.run(prosody, owner, List.of("muc", "moderate", room.toString(), "no-such-id")).exit())
                    .as("an unknown id is refused").isEqualTo(7);
        } finally {
            listening.destroy();
        }
    }

    /** The next line of {@code out} containing {@code part}; the process's timeout ends the wait. */
    private static String lineWith(BufferedReader out, String part) throws java.io.IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(part)) {
                return line;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}
