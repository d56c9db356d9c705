package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageStoreTest {
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

    private static NewMessage fromBob(String id, String originId, String stanzaId, String body) {
        return NewMessage.chat(BOB, false, BOB + "/phone", id, originId, stanzaId, null, body);
    }

    @Test
    void liveCarbonAndArchiveCopiesAreStoredOnce() {
        Insertion live = store.insert(account, fromBob("m1", "o1", null, "hello"));
        Insertion carbon = store.insert(account, fromBob("m1", "o1", null, "hello"));
        Instant archived = Instant.parse("2026-12-01T10:00:00Z");
        Insertion mam = store.insert(account, NewMessage.chat(BOB, false, BOB + "/phone", "m1", "o1", "S1", archived, "hello"));
        Insertion mamAgain = store.insert(account, NewMessage.chat(BOB, false, BOB + "/phone", "m1", "o1", "S1", archived, "hello"));

        assertThat(live.duplicate()).isFalse();
        assertThat(List.of(carbon, mam, mamAgain)).allSatisfy(i -> {
            assertThat(i.duplicate()).isTrue();
            assertThat(i.key()).isEqualTo(live.key());
        });
        StoredMessage stored = queries.byKey(live.key()).orElseThrow();
        assertThat(stored.stanzaId()).as("the archive id filled in by the later copy").isEqualTo("S1");
        assertThat(stored.serverTime()).isEqualTo(archived);
        assertThat(queries.count(account, BOB, ConversationKind.CHAT)).isEqualTo(1);
    }

    /** A batch is looked up at once: a copy of a message earlier in the same batch is still found. */
    @Test
    void copiesWithinOneBatchAreFoundAsAcrossBatches() {
        String carol = "carol@example.org";
        Instant t = Instant.now().plusSeconds(3_600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        store.insert(account, fromBob("old", "o-old", "S0", "stored before"));
        List<Insertion> in = store.insertAll(account, List.of(
                NewMessage.chat(BOB, false, BOB + "/phone", "m1", "o1", null, null, "hello"),
                NewMessage.chat(BOB, false, BOB + "/phone", "m1", "o1", null, null, "hello"),
                NewMessage.chat(BOB, false, BOB + "/phone", "m1", "o1", "S1", t, "hello"),
                NewMessage.chat(BOB, false, BOB + "/phone", "m9", "o9", "S1", t, "same archive id"),
                NewMessage.chat(BOB, false, BOB + "/phone", "x", "o-old", null, null, "stored before"),
                NewMessage.chat(carol, false, carol + "/pc", "m1", "o1", null, t.plusSeconds(1), "other conversation"),
                NewMessage.chat(BOB, false, BOB + "/phone", "7", null, null, t.plusSeconds(2), "first"),
                NewMessage.chat(BOB, false, BOB + "/phone", "7", null, null, t.plusSeconds(2), "first"),
                NewMessage.chat(BOB, false, BOB + "/phone", "7", null, null, t.plusSeconds(2), "reused id")));

        assertThat(in).extracting(Insertion::duplicate)
                .containsExactly(false, true, true, true, true, false, false, true, false);
        assertThat(in.get(1).key()).isEqualTo(in.get(0).key());
        assertThat(in.get(2).key()).isEqualTo(in.get(0).key());
        assertThat(in.get(3).key()).as("found by the archive id filled in earlier in the batch").isEqualTo(in.get(0).key());
        assertThat(in.get(7).key()).isEqualTo(in.get(6).key());
        StoredMessage first = queries.byKey(in.get(0).key()).orElseThrow();
        assertThat(first.stanzaId()).isEqualTo("S1");
        assertThat(first.serverTime()).isEqualTo(t);
        assertThat(queries.count(account, BOB, ConversationKind.CHAT)).isEqualTo(4);
        assertThat(queries.count(account, carol, ConversationKind.CHAT)).isEqualTo(1);
        List<ConversationRow> rows = new Conversations(archive).list(account);
        ConversationRow bob = rows.stream().filter(r -> r.peer().equals(BOB)).findFirst().orElseThrow();
        assertThat(bob.unread()).as("the ones this batch added, and the one before").isEqualTo(4);
        assertThat(bob.lastKey()).as("the newest; of two at the same time, the later one").isEqualTo(in.get(8).key());
        assertThat(rows.stream().filter(r -> r.peer().equals(carol)).findFirst().orElseThrow().unread()).isEqualTo(1);
    }

    @Test
    void withoutStableIdsTheIdAttributeAndBodyDecide() {
        store.insert(account, fromBob("7", null, null, "first"));
        assertThat(store.insert(account, fromBob("7", null, null, "first")).duplicate()).isTrue();
        assertThat(store.insert(account, fromBob("7", null, null, "a reused id, other text")).duplicate()).isFalse();
        assertThat(store.insert(account, fromBob(null, null, null, "no id at all")).duplicate()).isFalse();
        assertThat(store.insert(account, fromBob(null, null, null, "no id at all")).duplicate())
                .as("nothing to tell two id-less messages apart: both kept rather than one lost").isFalse();
    }

    @Test
    void theSameIdInTheOtherDirectionIsAnotherMessage() {
        store.insert(account, fromBob("x", "o", null, "hi"));
        NewMessage mine = NewMessage.chat(BOB, true, ALICE + "/desk", "x", "o", null, null, "hi");
        assertThat(store.insert(account, mine).duplicate()).isFalse();
    }

    @Test
    void aCorrectionKeepsWhatItReplacedAndAppliesOnce() {
        long key = store.insert(account, fromBob("m1", null, null, "helo")).key();
        Instant at = Instant.now();
        assertThat(store.correct(account, Reference.chat(BOB, "m1", false, BOB), "hello", null, false, "c1", at)).contains(key);
        assertThat(store.correct(account, Reference.chat(BOB, "m1", false, BOB), "hello", null, false, "c1", at)).contains(key);

        StoredMessage m = queries.byKey(key).orElseThrow();
        assertThat(m.body()).isEqualTo("hello");
        assertThat(m.edited()).isTrue();
        assertThat(queries.revisions(key)).containsExactly("helo");
    }

    @Test
    void theUnstyledHintIsKeptAndFollowsACorrection() {
        NewMessage plain = fromBob("m1", null, null, "*as written*");
        NewMessage hinted = new NewMessage(plain.conversation(), plain.kind(), false, plain.sender(), null, "m2", null,
                null, null, plain.localTime(), "*as written*", null, null, null, plain.delivery(), List.of(), true);
        long plainKey = store.insert(account, plain).key();
        long hintedKey = store.insert(account, hinted).key();
        assertThat(queries.byKey(plainKey).orElseThrow().unstyled()).isFalse();
        assertThat(queries.byKey(hintedKey).orElseThrow().unstyled()).isTrue();

        store.correct(account, Reference.chat(BOB, "m2", false, BOB), "*styled now*", null, false, "c1", Instant.now());
        assertThat(queries.byKey(hintedKey).orElseThrow().unstyled()).as("a correction without the hint").isFalse();
        store.correct(account, Reference.chat(BOB, "m1", false, BOB), "*plain now*", null, true, "c2", Instant.now());
        assertThat(queries.byKey(plainKey).orElseThrow().unstyled()).isTrue();
    }

    @Test
    void onlyTheSenderMayCorrectOrRetract() {
        long key = store.insert(account, fromBob("m1", null, null, "mine")).key();
        Reference forged = Reference.chat(BOB, "m1", false, "mallory@example.org");
        assertThat(store.correct(account, forged, "forged", null, false, "c9", Instant.now())).isEmpty();
        assertThat(store.retract(account, forged, Instant.now())).isEmpty();
        assertThat(queries.byKey(key).orElseThrow().body()).isEqualTo("mine");
    }

    @Test
    void aRetractionClearsTheTextButKeepsIt() {
        long key = store.insert(account, fromBob("m1", null, null, "oops")).key();
        store.retract(account, Reference.chat(BOB, "m1", false, BOB), Instant.now());
        StoredMessage m = queries.byKey(key).orElseThrow();
        assertThat(m.retracted()).isTrue();
        assertThat(m.body()).isEmpty();
        assertThat(queries.revisions(key)).containsExactly("oops");
    }

    @Test
    void reactionsReplaceTheReactorsEarlierSet() {
        long key = store.insert(account, fromBob("m1", null, null, "lunch?")).key();
        Reference ref = Reference.chat(BOB, "m1", false, null);
        store.react(account, ref, ALICE, List.of("👍", "🍕"), Instant.now());
        store.react(account, ref, ALICE, List.of("🍕"), Instant.now());
        store.react(account, ref, BOB, List.of("❤"), Instant.now());
        assertThat(queries.byKey(key).orElseThrow().reactions())
                .containsEntry(ALICE, List.of("🍕")).containsEntry(BOB, List.of("❤"));
        store.react(account, ref, ALICE, List.of(), Instant.now());
        assertThat(queries.byKey(key).orElseThrow().reactions()).containsOnlyKeys(BOB);
    }

    @Test
    void deliveryOnlyMovesForwardAndQueuedMessagesFormTheOutbox() {
        NewMessage queued = new NewMessage(BOB, ConversationKind.CHAT, true, ALICE + "/desk", null, "o1", "o1", null,
                null, Instant.now(), "see you", null, null, null, Delivery.PENDING, List.of());
        long key = store.insert(account, queued).key();
        assertThat(queries.queued(account)).extracting(StoredMessage::key).containsExactly(key);

        Reference ref = Reference.chat(BOB, "o1", true, null);
        store.advance(account, ref, Delivery.DISPLAYED, null);
        store.advance(account, ref, Delivery.DELIVERED, null);
        assertThat(queries.byKey(key).orElseThrow().delivery()).isEqualTo(Delivery.DISPLAYED);
        assertThat(queries.queued(account)).isEmpty();
    }

    @Test
    void pagesComeOldestFirstAndGoBackInTime() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<NewMessage> batch = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(NewMessage.chat(BOB, false, BOB + "/phone", "id" + i, null, "S" + i, t0.plusSeconds(i), "m" + i));
        }
        store.insertAll(account, batch);
        List<StoredMessage> newest = queries.page(account, BOB, ConversationKind.CHAT, null, 50);
        assertThat(newest).extracting(StoredMessage::body).startsWith("m70").endsWith("m119");
        List<StoredMessage> older = queries.page(account, BOB, ConversationKind.CHAT, newest.get(0), 50);
        assertThat(older).extracting(StoredMessage::body).startsWith("m20").endsWith("m69");

        ConversationRow row = new Conversations(archive).list(account).get(0);
        assertThat(row.peer()).isEqualTo(BOB);
        assertThat(row.lastBody()).isEqualTo("m119");
        assertThat(row.unread()).isEqualTo(120);
        store.markRead(account, BOB, ConversationKind.CHAT);
        assertThat(new Conversations(archive).list(account).get(0).unread()).isZero();
    }

    @Test
    void pagingBackThroughMessagesOfOneSecondLosesNoneAndRepeatsNone() {
        // Prosody stamps its archive to the second: a burst shares one time.
        Instant second = Instant.parse("2026-01-01T00:00:00Z");
        List<NewMessage> batch = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(NewMessage.chat(BOB, false, BOB + "/phone", "id" + i, null, "S" + i, second, "m" + i));
        }
        store.insertAll(account, batch);
        List<String> seen = new ArrayList<>();
        List<StoredMessage> page = queries.page(account, BOB, ConversationKind.CHAT, null, 50);
        while (!page.isEmpty()) {
            List<String> bodies = page.stream().map(StoredMessage::body).toList();
            seen.addAll(0, bodies);
            page = queries.page(account, BOB, ConversationKind.CHAT, page.get(0), 50);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            expected.add("m" + i);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aBatchIsAllOrNothing() {
        NewMessage good = fromBob("a", null, "S-a", "fine");
        NewMessage bad = new NewMessage(BOB, ConversationKind.CHAT, false, BOB, null, "b", null, null, null,
                Instant.now(), "x".repeat(1_000_001), null, null, null, Delivery.PENDING, List.of());
        assertThatThrownBy(() -> store.insertAll(account, List.of(good, bad))).isInstanceOf(ArchiveException.class);
        assertThat(queries.count(account, BOB, ConversationKind.CHAT)).isZero();
        assertThat(store.insert(account, good).duplicate()).as("the conversation cache survived the rollback").isFalse();
    }

    @Test
    void whatWasCommittedIsThereAfterReopening() {
        long key = store.insert(account, fromBob("m1", "o1", "S1", "kept")).key();
        archive.close();
        archive = Archive.open(dir);
        assertThat(new MessageQueries(archive).byKey(key).orElseThrow().body()).isEqualTo("kept");
    }
}
