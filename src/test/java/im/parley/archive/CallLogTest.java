package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallLogTest {
    private static final String ALICE = "alice@example.org";
    private static final String BOB = "bob@example.org";
    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    private static CallRow call(String sid, boolean incoming, Instant started, Instant answered, String outcome) {
        return new CallRow(sid, BOB, incoming, false, started, answered, started.plusSeconds(200), outcome);
    }

    @Test
    void aCallIsStoredOncePerSessionAndSurvivesReopening() {
        try (Archive archive = Archive.open(dir)) {
            long account = new AccountStore(archive).ensure(ALICE);
            CallLog log = new CallLog(archive);
            CallRow first = call("sid-1", false, T, T.plusSeconds(9), "answered");
            assertThat(log.insert(account, first)).isTrue();
            assertThat(log.insert(account, call("sid-1", false, T, null, "failed")))
                    .as("the same session told twice").isFalse();
        }
        try (Archive archive = Archive.open(dir)) {
            long account = new AccountStore(archive).ensure(ALICE);
            assertThat(new CallLog(archive).page(account, BOB, null, 10)).containsExactly(
                    call("sid-1", false, T, T.plusSeconds(9), "answered"));
        }
    }

    @Test
    void pagesAreOldestFirstAndStopBeforeTheGivenTime() {
        try (Archive archive = Archive.open(dir)) {
            long account = new AccountStore(archive).ensure(ALICE);
            CallLog log = new CallLog(archive);
            for (int i = 0; i < 4; i++) {
                log.insert(account, call("sid-" + i, true, T.plusSeconds(1000L * i), null, "declined"));
            }
            log.insert(account, new CallRow("other", "carol@example.org", true, true, T, null, T, "missed"));
            assertThat(log.page(account, BOB, null, 2)).extracting(CallRow::sessionId).containsExactly("sid-2", "sid-3");
            assertThat(log.page(account, BOB, T.plusSeconds(2000), 5)).extracting(CallRow::sessionId)
                    .containsExactly("sid-0", "sid-1");
        }
    }

    @Test
    void aMissedIncomingCallCountsAsUnreadUntilTheConversationIsRead() {
        try (Archive archive = Archive.open(dir)) {
            long account = new AccountStore(archive).ensure(ALICE);
            CallLog log = new CallLog(archive);
            log.insert(account, call("in", true, T, null, CallLog.MISSED));
            log.insert(account, call("in", true, T, null, CallLog.MISSED));
            log.insert(account, call("out", false, T.plusSeconds(5), null, CallLog.MISSED));
            assertThat(unread(archive, account)).as("once, and only for the incoming one").isEqualTo(1);
            new MessageStore(archive).markRead(account, BOB, ConversationKind.CHAT);
            assertThat(unread(archive, account)).isZero();
        }
    }

    @Test
    void anArchiveOfThePreviousSchemaKeepsItsMessagesAndGainsTheCallLog() {
        int previous = Migrations.known().indexOf("V7__call_log.sql");
        try (Archive archive = Archive.open(dir, previous)) {
            // As the older Parley wrote it: today's store writes columns added since.
            FirstSchemaRows.received(archive, ALICE, BOB, "m1", T, "before the call log");
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.schemaVersion()).isEqualTo(Migrations.known().size());
            long account = new AccountStore(archive).ensure(ALICE);
            List<StoredMessage> kept = new MessageQueries(archive).page(account, BOB, ConversationKind.CHAT, null, 10);
            assertThat(kept).extracting(StoredMessage::body).containsExactly("before the call log");
            assertThat(new CallLog(archive).insert(account, call("sid", true, T, null, "missed"))).isTrue();
        }
    }

    private static int unread(Archive archive, long account) {
        return new Conversations(archive).list(account).stream().filter(r -> r.peer().equals(BOB))
                .findFirst().orElseThrow().unread();
    }
}
