package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.CallLog;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxActions;
import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.DeliveryState;
import im.parley.client.OutgoingKind;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.muc.Muc;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.xml.XmlElement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private conversations with a room's occupant (XEP-0045 §7.5) in the local archive: the user's
 * own messages are kept under the occupant JID, as queued until the server has them, and a carbon
 * (XEP-0280) or another copy of one lands in the same conversation, once.
 */
class RoomPrivateArchiveTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid ROOM = Jid.of("coven@chat.example.org");
    private static final Jid WITCH = ROOM.withResource("firstwitch");

    @TempDir
    Path dir;

    /** Never online: port 1 refuses, and the account is never asked to connect anyway. */
    private static ClientConfig offline() {
        return ClientConfig.builder(ALICE.withResource("desk")).password("x".toCharArray())
                .server(new ServerAddress("127.0.0.1", 1, false)).build();
    }

    private static ArchiveJournal journal(Archive archive) {
        long id = new AccountStore(archive).ensure(ALICE.toString());
        return new ArchiveJournal(ALICE, id, new MessageStore(archive), new MessageQueries(archive),
                new OutboxActions(archive), new CallLog(archive), ArchivedProfiles.of(archive, id));
    }

    private static History history(Archive archive) {
        return new History(new AccountStore(archive).ensure(ALICE.toString()), new MessageQueries(archive),
                new im.parley.archive.Conversations(archive), null, new CallLog(archive));
    }

    @Test
    void theUsersPrivateMessageIsKeptUnderTheOccupantAndStillQueuedAfterARestart() {
        TrackedMessage sent;
        try (Profile profile = Profile.open(dir); Account account = profile.account(offline())) {
            sent = account.privateMessages().send(WITCH, "when shall we three meet again?");
            History history = profile.history(ALICE);
            assertThat(history.privatePage(WITCH, null, 10)).singleElement().satisfies(m -> {
                assertThat(m.outgoing()).isTrue();
                assertThat(m.conversation()).isEqualTo(WITCH.toString());
                assertThat(m.messageId()).isEqualTo(sent.originId());
                assertThat(m.delivery()).isEqualTo(DeliveryState.QUEUED);
            });
            assertThat(history.page(ROOM, null, 10)).as("not a one-to-one chat with the room").isEmpty();
            assertThat(history.roomPage(ROOM, null, 10)).as("nor said to the whole room").isEmpty();
            assertThat(history.conversations()).singleElement().satisfies(c -> {
                assertThat(c.peer()).isEqualTo(WITCH.toString());
                assertThat(c.roomPrivate()).isTrue();
                assertThat(c.room()).isFalse();
            });
        }
        try (Archive archive = Archive.open(dir)) {
            ArchiveJournal journal = journal(archive);
            assertThat(journal.queued()).singleElement().satisfies(t -> {
                assertThat(t.originId()).isEqualTo(sent.originId());
                assertThat(t.to()).isEqualTo(WITCH);
                assertThat(t.kind()).as("goes out again through the room").isEqualTo(new OutgoingKind.RoomPrivate());
            });
            journal.record(new AccountEvent.DeliveryChanged(new TrackedMessage(sent.originId(), WITCH, sent.body(),
                    sent.created(), DeliveryState.SENT, null, sent.kind())));
            assertThat(journal.queued()).isEmpty();
            assertThat(history(archive).privatePage(WITCH, null, 10)).extracting(HistoryMessage::delivery)
                    .containsExactly(DeliveryState.SENT);
        }
    }

    @Test
    void copiesOfPrivateMessagesLandInTheOccupantsConversationOnceAndReadingItClearsItsCount() {
        try (Archive archive = Archive.open(dir)) {
            ArchiveJournal journal = journal(archive);
            TrackedMessage mine = new TrackedMessage("own-1", WITCH, "fair is foul", java.time.Instant.now(),
                    DeliveryState.QUEUED, null, new OutgoingKind.RoomPrivate());
            journal.record(new AccountEvent.MessageSent(mine));
            Message echo = privateMessage(ALICE.withResource("desk"), WITCH, "own-1", "fair is foul");
            assertThat(journal.record(new AccountEvent.CarbonCopied(CarbonCopy.Direction.SENT, WITCH, echo)))
                    .as("a copy of the user's own message, by its origin-id").isNull();

            Message fromPhone = privateMessage(ALICE.withResource("phone"), WITCH, "phone-1", "and foul is fair");
            assertThat(journal.record(new AccountEvent.CarbonCopied(CarbonCopy.Direction.SENT, WITCH, fromPhone)))
                    .isNotNull();
            Message theirs = privateMessage(WITCH, ALICE.withResource("desk"), "witch-1", "hover through the fog");
            journal.record(new AccountEvent.RoomChanged(new RoomEvent.PrivateMessage(ROOM, WITCH, null, theirs)));

            History history = history(archive);
            assertThat(history.privatePage(WITCH, null, 10)).extracting(HistoryMessage::body, HistoryMessage::outgoing)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("fair is foul", true),
                            org.assertj.core.groups.Tuple.tuple("and foul is fair", true),
                            org.assertj.core.groups.Tuple.tuple("hover through the fog", false));
            assertThat(history.page(ROOM, null, 10)).isEmpty();
            assertThat(history.conversations()).singleElement().satisfies(c -> assertThat(c.unread()).isEqualTo(1));

            journal.record(new AccountEvent.ConversationRead(WITCH, "witch-1"));
            assertThat(history.conversations()).singleElement().satisfies(c -> assertThat(c.unread()).isZero());
        }
    }

    /** A private message through the room as XEP-0045 §7.5 shows it, with an origin-id. */
    private static Message privateMessage(Jid from, Jid to, String id, String body) {
        return StableIds.withOriginId(Message.builder().type(Message.Type.CHAT).from(from).to(to).id(id).body(body)
                .payload(XmlElement.empty("x", Muc.USER)).build(), id);
    }
}
