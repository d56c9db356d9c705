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
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own replies, corrections, retractions and reactions in the local archive of an
 * account that is offline: applied at once, and still queued, as written, after a restart.
 */
class OwnActionsArchiveTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.com");

    @TempDir
    Path dir;

    /** Never online: port 1 refuses, and the account is never asked to connect anyway. */
    private static ClientConfig offline() {
        return ClientConfig.builder(ALICE.withResource("desk")).password("x".toCharArray())
                .server(new ServerAddress("127.0.0.1", 1, false)).build();
    }

    private static HistoryMessage byId(List<HistoryMessage> page, String id) {
        return page.stream().filter(m -> id.equals(m.messageId())).findFirst().orElseThrow();
    }

    @Test
    void ownChangesApplyToTheStoredMessagesAtOnce() {
        try (Profile profile = Profile.open(dir); Account account = profile.account(offline())) {
            TrackedMessage typo = account.send(BOB, "helo");
            TrackedMessage regret = account.send(BOB, "something rash");
            account.correct(BOB, typo.originId(), "hello");
            account.retract(BOB, regret.originId());
            account.react(BOB, typo.originId(), Set.of("👍"));
            TrackedMessage reply = account.reply(BOB, "indeed", typo.originId(), ALICE, "hello");

            List<HistoryMessage> page = profile.history(ALICE).page(BOB, null, 10);
            assertThat(page).as("changes add no lines").hasSize(3);
            assertThat(byId(page, typo.originId())).satisfies(m -> {
                assertThat(m.body()).isEqualTo("hello");
                assertThat(m.edited()).isTrue();
                assertThat(m.reactions()).isEqualTo(Map.of(ALICE.toString(), List.of("👍")));
            });
            assertThat(byId(page, regret.originId())).satisfies(m -> {
                assertThat(m.retracted()).isTrue();
                assertThat(m.body()).isEmpty();
            });
            assertThat(byId(page, reply.originId())).satisfies(m -> {
                assertThat(m.body()).as("the quote is not part of what the user wrote").isEqualTo("indeed");
                assertThat(m.replyToId()).isEqualTo(typo.originId());
            });
        }
    }

    @Test
    void queuedChangesAndRepliesSurviveARestartAsWrittenUntilTheServerHasThem() {
        TrackedMessage plain;
        TrackedMessage correction;
        TrackedMessage retraction;
        TrackedMessage reactions;
        TrackedMessage reply;
        try (Profile profile = Profile.open(dir); Account account = profile.account(offline())) {
            plain = account.send(BOB, "helo");
            correction = account.correct(BOB, plain.originId(), "hello");
            retraction = account.retract(BOB, plain.originId());
            reactions = account.react(BOB, "bobs-1", new LinkedHashSet<>(List.of("🎉", "👍")));
            reply = account.reply(BOB, "yes", "bobs-1", BOB.withResource("phone"), "coffee?");
        }
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchiveJournal journal = new ArchiveJournal(ALICE, id, new MessageStore(archive), new MessageQueries(archive),
                    new OutboxActions(archive), new CallLog(archive), ArchivedProfiles.of(archive, id));
            List<TrackedMessage> queued = journal.queued();
            assertThat(queued).extracting(TrackedMessage::originId).containsExactly(plain.originId(),
                    correction.originId(), retraction.originId(), reactions.originId(), reply.originId());
            assertThat(queued).extracting(TrackedMessage::kind).containsExactly(new OutgoingKind.Plain(),
                    new OutgoingKind.Correction(plain.originId()), new OutgoingKind.Retraction(plain.originId()),
                    new OutgoingKind.Reactions("bobs-1", Set.of("🎉", "👍")),
                    new OutgoingKind.Reply("bobs-1", BOB.withResource("phone"), "coffee?"));
            assertThat(queued.get(1).body()).isEqualTo("hello");
            assertThat(queued.get(2).body()).isEqualTo(Retractions.FALLBACK_BODY);
            assertThat(queued.get(3).kind()).isInstanceOfSatisfying(OutgoingKind.Reactions.class,
                    r -> assertThat(r.emojis()).containsExactly("🎉", "👍"));

            for (TrackedMessage m : List.of(correction, reply)) {
                journal.record(new AccountEvent.DeliveryChanged(
                        new TrackedMessage(m.originId(), m.to(), m.body(), m.created(), DeliveryState.SENT, null, m.kind())));
            }
            assertThat(journal.queued()).extracting(TrackedMessage::originId)
                    .containsExactly(plain.originId(), retraction.originId(), reactions.originId());
        }
    }
}
