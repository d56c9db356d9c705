package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.CallLog;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxActions;
import im.parley.client.AccountEvent;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished calls go through the archive journal into the call log, and come back out of the history. */
class CallHistoryTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.com");
    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEndedCallIsStoredOnceAndReadBackWithItsDuration() {
        CallRecord talked = new CallRecord("sid-1", BOB.withResource("phone"), false, true, T, T.plusSeconds(4),
                T.plusSeconds(155), CallOutcome.ANSWERED);
        try (Profile profile = Profile.open(dir)) {
            assertThat(profile.history(ALICE).calls(BOB, null, 10)).isEmpty();
        }
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchiveJournal journal = new ArchiveJournal(ALICE, id, new MessageStore(archive),
                    new MessageQueries(archive), new OutboxActions(archive), new CallLog(archive),
                    ArchivedProfiles.of(archive, id));
            AccountEvent ended = new AccountEvent.CallEnded(talked);
            assertThat(journal.record(ended)).isSameAs(ended);
            assertThat(journal.record(new AccountEvent.CallEnded(talked))).as("told once").isNull();
        }
        try (Profile profile = Profile.open(dir)) {
            CallRecord back = profile.history(ALICE).calls(BOB, null, 10).get(0);
            assertThat(back).isEqualTo(talked);
            assertThat(back.peer()).isEqualTo(BOB);
            assertThat(back.duration()).isEqualTo(Duration.ofSeconds(151));
        }
    }
}
