package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.jid.Jid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `parley cli muc` as a user runs it: the packaged jar, real processes, Prosody's MUC and the slixmpp peer. */
class MucCliIT {
    private final TestServer prosody = TestServer.prosody();

    private Process start(Jid account, String... args) throws IOException {
        return CliProcess.start(prosody, account, muc(args));
    }

    private CliProcess.Result run(Jid account, String... args) throws Exception {
        return CliProcess.run(prosody, account, muc(args));
    }

    private static List<String> muc(String... args) {
        List<String> all = new ArrayList<>(List.of("muc"));
        all.addAll(List.of(args));
        return all;
    }

    private Jid newRoom() {
        return prosody.newRoom("cli");
    }

    /** create (configured through the owner form), join, listen, send; a second create of the same room is refused. */
    @Test
    void createJoinListenAndSend() throws Exception {
        Jid owner = TestSession.register(prosody, "cli-owner");
        Jid listener = TestSession.register(prosody, "cli-listener");
        Jid room = newRoom();
        CliProcess.Result created = run(owner, "create", room + "/owner", "--config", "muc#roomconfig_persistentroom=1",
                "--config", "muc#roomconfig_roomname=CLI Cave");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("{\"room\":\"" + room + "\",\"created\":true}");
        assertThat(run(owner, "create", room + "/owner").exit()).as("the room exists already").isEqualTo(2);

        try (TestSession check = TestSession.fresh(prosody, "cli-check"); RoomManager rooms = new RoomManager(check.client())) {
            assertThat(rooms.info(room).get(20, TimeUnit.SECONDS).name()).isEqualTo("CLI Cave");
        }
        CliProcess.Result joined = run(listener, "join", room + "/visitor");
        assertThat(joined.exit()).as(joined.err()).isZero();
        assertThat(joined.out()).contains("\"nick\":\"visitor\"").contains("\"archived\":true");

        Process listening = start(listener, "listen", room.toString(), "--nick", "ears", "--count", "1", "--timeout", "30");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(listening.getInputStream(), StandardCharsets.UTF_8));
             BufferedReader err = new BufferedReader(new InputStreamReader(listening.getErrorStream(), StandardCharsets.UTF_8))) {
            assertThat(err.readLine()).isEqualTo("listening in " + room + " as ears");
            CliProcess.Result sent = run(owner, "send", room.toString(), "hello \"room\"");
            assertThat(sent.exit()).as(sent.err()).isZero();
            assertThat(sent.out()).startsWith("{\"id\":\"");
            String line;
            String message = null;
            while ((line = out.readLine()) != null) {
                if (line.contains("\"type\":\"room_message\"")) {
                    message = line;
                }
            }
            assertThat(message).contains("\"nick\":\"" + owner.local() + "\"").contains("\"body\":\"hello \\\"room\\\"\"")
                    .contains("\"mine\":false");
            assertThat(listening.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(listening.exitValue()).isZero();
        } finally {
            listening.destroy();
        }
    }

    /** invite (mediated and --direct), kick, grant and ban, each confirmed by the room's other occupants. */
    @Test
    void inviteKickGrantAndBan() throws Exception {
        Jid owner = TestSession.register(prosody, "cli-mod");
        Jid room = newRoom();
        assertThat(run(owner, "create", room + "/owner", "--config", "muc#roomconfig_persistentroom=1").exit()).isZero();
        try (TestSession guest = TestSession.fresh(prosody, "cli-guest");
             RoomManager rooms = new RoomManager(guest.client());
             SlixmppPeer peer = SlixmppPeer.start(prosody, "bob", "--stdin")) {
            RoomEvents events = new RoomEvents();
            rooms.addListener(events::add);
            assertThat(run(owner, "invite", room.toString(), guest.jid().toString(), "--reason", "come").exit()).isZero();
            assertThat(events.await(RoomEvent.Invited.class, i -> !i.direct()).reason()).isEqualTo("come");
            assertThat(run(owner, "invite", room.toString(), guest.jid().toString(), "--direct").exit()).isZero();
            assertThat(events.await(RoomEvent.Invited.class, RoomEvent.Invited::direct).room()).isEqualTo(room);

            rooms.join(room, "guest", null).get(20, TimeUnit.SECONDS);
            peer.command("{\"cmd\":\"join\",\"room\":\"" + room + "\",\"nick\":\"peer\"}");
            peer.await(SlixmppPeer.event("muc_joined"), 20);
            CliProcess.Result kicked = run(owner, "kick", room.toString(), "peer", "--reason", "out");
            assertThat(kicked.exit()).as(kicked.err()).isZero();
            RoomEvent.OccupantLeft left = events.await(RoomEvent.OccupantLeft.class, l -> l.occupant().nick().equals("peer"));
            assertThat(left.reason()).isEqualTo("out");
            assertThat(left.departure()).isEqualTo(Departure.KICKED);

            assertThat(run(owner, "grant", room.toString(), guest.jid().toString(), "member").exit()).isZero();
            events.await(RoomEvent.OccupantChanged.class, c -> c.self() && c.after().affiliation() == Affiliation.MEMBER);
            assertThat(run(owner, "ban", room.toString(), peer.jid().bare().toString()).exit()).isZero();
            try (TestSession ownerSession = TestSession.online(prosody, owner)) {
                assertThat(new RoomAdministration(ownerSession.client()).list(room, Affiliation.OUTCAST).get(20, TimeUnit.SECONDS))
                        .extracting(MucItem::jid).containsExactly(peer.jid().bare());
            }
            assertThat(run(owner, "revoke", room.toString(), guest.jid().toString(), "member").exit()).isZero();
            events.await(RoomEvent.OccupantChanged.class, c -> c.self() && c.after().affiliation() == Affiliation.NONE);
            assertThat(run(owner, "kick", room.toString(), "nobody-here").exit()).as("a kick of no one is refused").isEqualTo(7);
        }
    }
}
