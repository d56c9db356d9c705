package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.CallLog;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxActions;
import im.parley.archive.SyncCursors;
import im.parley.client.AccountEvent;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.moderation.ModeratedTombstone;
import im.parley.xmpp.ext.moderation.ModerationVersion;
import im.parley.xmpp.ext.moderation.Moderated;
import im.parley.xmpp.ext.moderation.ModeratedCodec;
import im.parley.xmpp.ext.moderation.TombstoneCodec;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moderated room messages (XEP-0425) become tombstones in the local archive exactly once, live
 * or from the room's archive, and only where the room that gave the stanza id says so.
 */
class RoomModerationArchiveTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid ROOM = Jid.of("coven@chat.example.org");
    private static final Jid OTHER_ROOM = Jid.of("other@chat.example.org");
    private static final Jid WITCH = ROOM.withResource("witch");
    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    private static Message said(Jid room, String nick, String stanzaId, String body) {
        return Message.builder().from(room.withResource(nick)).type(Message.Type.GROUPCHAT).id("m-" + stanzaId)
                .body(body).payload(new StanzaId(stanzaId, room).toXml()).build();
    }

    private static RoomEvent.RoomMessage live(Jid room, String nick, String stanzaId, String body) {
        return new RoomEvent.RoomMessage(room, nick, null, said(room, nick, stanzaId, body), false, false);
    }

    private static Message announcement(Jid from, String stanzaId) {
        return Message.builder().from(from).type(Message.Type.GROUPCHAT).id("a-" + stanzaId)
                .payload(new ModeratedCodec(ModerationVersion.V0).encode(new Moderated(stanzaId, WITCH, null, "spam")))
                .build();
    }

    @Test
    void aLiveModerationTombstonesTheRoomsMessageOnce() {
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchiveJournal journal = new ArchiveJournal(ALICE, id, new MessageStore(archive), new MessageQueries(archive),
                    new OutboxActions(archive), new CallLog(archive), ArchivedProfiles.of(archive, id));
            journal.record(new AccountEvent.RoomChanged(live(ROOM, "oldhag", "sid-1", "DM me for free magic potions!")));
            journal.record(new AccountEvent.RoomChanged(live(OTHER_ROOM, "oldhag", "sid-2", "kept")));

            AccountEvent forged = new AccountEvent.RoomChanged(
                    new RoomEvent.MessageModerated(OTHER_ROOM, "sid-1", WITCH, null, "not this room's id"));
            assertThat(journal.record(forged)).as("another room's moderation is told as its own").isSameAs(forged);
            AccountEvent moderated = new AccountEvent.RoomChanged(
                    new RoomEvent.MessageModerated(ROOM, "sid-1", WITCH, null, "spam"));
            assertThat(journal.record(moderated)).isSameAs(moderated);
            assertThat(journal.record(new AccountEvent.RoomChanged(
                    new RoomEvent.MessageModerated(ROOM, "sid-1", WITCH, null, "spam")))).as("told once").isNull();
        }
        try (Profile profile = Profile.open(dir)) {
            List<HistoryMessage> page = profile.history(ALICE).roomPage(ROOM, null, 10);
            assertThat(page).singleElement().satisfies(m -> {
                assertThat(m.body()).isEmpty();
                assertThat(m.retracted()).isTrue();
                assertThat(m.moderated()).isTrue();
                assertThat(m.moderatedBy()).isEqualTo(WITCH.toString());
                assertThat(m.moderationReason()).isEqualTo("spam");
                assertThat(m.sender()).isEqualTo(ROOM.withResource("oldhag").toString());
            });
            assertThat(profile.history(ALICE).roomPage(OTHER_ROOM, null, 10)).singleElement()
                    .satisfies(m -> assertThat(m.body()).isEqualTo("kept"));
        }
    }

    @Test
    void theRoomsArchiveBringsModerationsAndTombstonesMissedOffline() {
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            MessageStore store = new MessageStore(archive);
            MessageQueries queries = new MessageQueries(archive);
            ArchiveHistoryStore history = new ArchiveHistoryStore(ALICE, id, store, queries, new SyncCursors(archive));
            Message tombstone = Message.builder().from(ROOM.withResource("oldhag")).type(Message.Type.GROUPCHAT).id("m-3")
                    .payload(new TombstoneCodec(ModerationVersion.V1).encode(
                            new ModeratedTombstone(WITCH, null, "off topic", T.plusSeconds(5))))
                    .build();
            assertThat(history.storeRoomPage(ROOM, "alice", List.of(
                    new ArchivedMessage("sid-1", T, said(ROOM, "oldhag", "sid-1", "first")),
                    new ArchivedMessage("sid-2", T.plusSeconds(1), said(ROOM, "oldhag", "sid-2", "second")),
                    new ArchivedMessage("sid-3", T.plusSeconds(2), tombstone)))).isEqualTo(3);
            assertThat(history.storeRoomPage(ROOM, "alice", List.of(
                    new ArchivedMessage("sid-4", T.plusSeconds(3), announcement(ROOM.withResource("oldhag"), "sid-2")),
                    new ArchivedMessage("sid-5", T.plusSeconds(4), announcement(ROOM, "sid-1")),
                    new ArchivedMessage("sid-6", T.plusSeconds(5), announcement(ROOM, "sid-1"))))).isZero();

            ArchiveJournal journal = new ArchiveJournal(ALICE, id, store, queries, new OutboxActions(archive),
                    new CallLog(archive), ArchivedProfiles.of(archive, id));
            assertThat(journal.record(new AccountEvent.RoomChanged(
                    new RoomEvent.MessageModerated(ROOM, "sid-1", WITCH, null, "spam")))).as("held already").isNull();
        }
        try (Profile profile = Profile.open(dir)) {
            List<HistoryMessage> page = profile.history(ALICE).roomPage(ROOM, null, 10);
            assertThat(page).extracting(HistoryMessage::stanzaId).containsExactly("sid-1", "sid-2", "sid-3");
            assertThat(page).extracting(HistoryMessage::body).containsExactly("", "second", "");
            assertThat(page).extracting(HistoryMessage::moderationReason).containsExactly("spam", null, "off topic");
        }
    }
}
