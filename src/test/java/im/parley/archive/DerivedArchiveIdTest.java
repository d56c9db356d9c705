package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies from an archive that gives no ids (XEP-0136), which carry a derived archive id, are
 * matched to live copies by direction, body and time, and to each other by that id.
 */
class DerivedArchiveIdTest {
    private static final String ALICE = "alice@example.org";
    private static final String BOB = "bob@example.org";

    @TempDir
    Path dir;
    private Archive archive;
    private MessageStore store;
    private MessageQueries queries;
    private long account;

    @BeforeEach
    void open() {
        archive = Archive.open(dir);
        store = new MessageStore(archive);
        queries = new MessageQueries(archive);
        account = new AccountStore(archive).ensure(ALICE);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private static NewMessage live(boolean outgoing, String id, String body) {
        return NewMessage.chat(BOB, outgoing, outgoing ? ALICE : BOB + "/phone", id, id == null ? null : "o-" + id, null,
                null, body);
    }

    private static NewMessage archived(boolean outgoing, String position, Instant at, String body) {
        return NewMessage.chat(BOB, outgoing, outgoing ? ALICE : BOB + "/phone", null, null,
                NewMessage.DERIVED_ARCHIVE_ID + position, at, body);
    }

    private long count() {
        return queries.count(account, BOB, ConversationKind.CHAT);
    }

    @Test
    void theArchivedCopyOfALiveMessageIsStoredOnceAndKeepsItsDerivedId() {
        Insertion first = store.insert(account, live(false, "m1", "hello"));
        Instant near = Instant.now().plusSeconds(40);

        List<Insertion> fetched = store.insertAll(account, List.of(archived(false, "c1:0", near, "hello")));
        List<Insertion> again = store.insertAll(account, List.of(archived(false, "c1:0", near, "hello")));

        assertThat(fetched.get(0).duplicate()).isTrue();
        assertThat(fetched.get(0).key()).isEqualTo(first.key());
        assertThat(again.get(0).duplicate()).isTrue();
        assertThat(queries.byKey(first.key()).orElseThrow().stanzaId()).isEqualTo(NewMessage.DERIVED_ARCHIVE_ID + "c1:0");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void equalLinesOfACollectionMatchTwoLiveCopiesNotOneTwice() {
        Insertion ok1 = store.insert(account, live(true, "m1", "ok"));
        Insertion ok2 = store.insert(account, live(true, "m2", "ok"));
        Instant at = Instant.now();

        List<Insertion> fetched = store.insertAll(account, List.of(
                archived(true, "c1:0", at, "ok"), archived(true, "c1:1", at.plusSeconds(1), "ok"),
                archived(true, "c1:2", at.plusSeconds(2), "ok")));

        assertThat(fetched).extracting(Insertion::duplicate).containsExactly(true, true, false);
        assertThat(fetched.subList(0, 2)).extracting(Insertion::key).containsExactlyInAnyOrder(ok1.key(), ok2.key());
        assertThat(count()).as("the third 'ok' was never seen live").isEqualTo(3);
    }

    @Test
    void anotherDirectionOrTimeIsAnotherMessage() {
        store.insert(account, live(false, "m1", "see you"));

        List<Insertion> fetched = store.insertAll(account, List.of(
                archived(true, "c1:0", Instant.now(), "see you"),
                archived(false, "c1:1", Instant.now().plusSeconds(600), "see you")));

        assertThat(fetched).extracting(Insertion::duplicate).containsExactly(false, false);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void liveMessagesWithoutIdsAreNeverMatchedByText() {
        store.insert(account, live(false, null, "ok"));
        Insertion second = store.insert(account, live(false, null, "ok"));

        assertThat(second.duplicate()).isFalse();
        assertThat(count()).isEqualTo(2);
    }
}
