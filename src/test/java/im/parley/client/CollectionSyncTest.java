package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.archiving.ChatItem;
import im.parley.xmpp.ext.archiving.ChatItem.Direction;
import im.parley.xmpp.ext.archiving.ChatItem.Line;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XEP-0136 catch-up into a real H2 profile, against a server archive in memory that answers
 * as the XEP says (no server here speaks XEP-0136: Prosody has MAM only).
 */
class CollectionSyncTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.org");
    private static final Jid BOB_PHONE = Jid.of("bob@example.org/phone");
    private static final Instant DAY = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;
    private Profile profile;
    private HistoryStore store;
    private final ExecutorService storing = Executors.newSingleThreadExecutor();
    private final List<AccountEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final CollectionArchiveInMemory server = new CollectionArchiveInMemory();
    private CollectionSync sync;

    @BeforeEach
    void open() {
        profile = Profile.open(dir);
        store = profile.historyStore(ALICE);
        sync = new CollectionSync(ALICE, store, server, storing, events::add);
    }

    @AfterEach
    void close() {
        storing.shutdownNow();
        profile.close();
    }

    /** {@code n} lines with bob, alternating who wrote them, a second apart, numbered from {@code from}. */
    private static List<ChatItem> lines(int from, int n) {
        return IntStream.range(from, from + n).mapToObj(i -> (ChatItem) Line.of(i % 2 == 0 ? Direction.FROM : Direction.TO,
                i == from ? 0 : 1, "line " + i)).toList();
    }

    private static Instant hour(int h) {
        return DAY.plusSeconds(3600L * h);
    }

    private List<String> bodies() {
        List<HistoryMessage> page = new ArrayList<>(profile.history(ALICE).page(BOB, null, 10_000));
        return page.stream().map(HistoryMessage::body).toList();
    }

    @Test
    void theFirstSyncFetchesTheNewestCollectionsWholeThenReplicationAddsOnlyWhatChanged() throws Exception {
        for (int h = 0; h < 25; h++) {
            server.add(BOB_PHONE, hour(h), hour(h), lines(h * 1000, h == 24 ? 300 : 3));
        }

        PagingResult first = sync.catchUp().get(10, TimeUnit.SECONDS);

        assertThat(first.messages()).as("the newest 20 collections, the last one in two pages").isEqualTo(19 * 3 + 300);
        assertThat(bodies()).hasSize(19 * 3 + 300).startsWith("line 5000").endsWith("line 24299");
        assertThat(server.asked).filteredOn(a -> a.startsWith("retrieve")).hasSize(21);

        Instant now = Instant.now();
        server.add(BOB_PHONE, hour(24), now.plusSeconds(1), lines(24300, 2));
        server.add(BOB, hour(30), now.plusSeconds(2), lines(30000, 1));
        sync.catchUp().get(10, TimeUnit.SECONDS);

        assertThat(bodies()).hasSize(19 * 3 + 303).endsWith("line 24300", "line 24301", "line 30000");
        assertThat(events).last().isEqualTo(new AccountEvent.HistorySynced(ALICE, 3, true, null));

        sync.catchUp().get(10, TimeUnit.SECONDS);
        assertThat(bodies()).as("a collection fetched again is stored once").hasSize(19 * 3 + 303);
        assertThat(server.asked).filteredOn(a -> a.startsWith("modified")).last()
                .as("replication resumes after the last change seen").isEqualTo("modified after=1");
    }

    @Test
    void lineTimesRunOnAcrossPagesAndRoomLinesAndNotesAreLeftOut() throws Exception {
        List<ChatItem> items = new ArrayList<>(lines(0, 260));
        items.add(new Line(Direction.FROM, 5L, null, null, "juliet", List.of("in a room"), List.of()));
        items.add(new ChatItem.Note(null, "a private note"));
        items.add(Line.of(Direction.TO, 7, "last"));
        server.add(BOB_PHONE, DAY, DAY, items);

        sync.catchUp().get(10, TimeUnit.SECONDS);

        List<HistoryMessage> held = profile.history(ALICE).page(BOB, null, 1000);
        assertThat(held).hasSize(261);
        assertThat(held.get(259).time()).isEqualTo(DAY.plusSeconds(259));
        assertThat(held.get(260).body()).isEqualTo("last");
        assertThat(held.get(260).time()).as("259 s, then 5 s for the room's line, 7 more").isEqualTo(DAY.plusSeconds(271));
        assertThat(held.get(260).outgoing()).isTrue();
        assertThat(held.get(0).outgoing()).isFalse();
    }

    @Test
    void scrollingUpFetchesOlderCollectionsNewestFirstUntilEnough() throws Exception {
        for (int h = 0; h < 25; h++) {
            server.add(BOB, hour(h), hour(h), lines(h * 1000, 10));
        }
        sync.catchUp().get(10, TimeUnit.SECONDS);
        assertThat(bodies()).hasSize(200).startsWith("line 5000");

        int added = sync.older(BOB, 15).get(10, TimeUnit.SECONDS);

        assertThat(added).as("whole collections, newest first, until 15").isEqualTo(20);
        assertThat(bodies()).hasSize(220).startsWith("line 3000");
        assertThat(sync.older(BOB, 100).get(10, TimeUnit.SECONDS)).isEqualTo(30);
        assertThat(bodies()).hasSize(250).startsWith("line 0");
        assertThat(sync.older(BOB, 100).get(10, TimeUnit.SECONDS)).as("nothing older").isZero();
    }

    @Test
    void aRemovedCollectionStaysHere() throws Exception {
        server.add(BOB, DAY, DAY, lines(0, 2));
        sync.catchUp().get(10, TimeUnit.SECONDS);
        server.remove(BOB, DAY, Instant.now().plusSeconds(1));

        sync.catchUp().get(10, TimeUnit.SECONDS);

        assertThat(bodies()).containsExactly("line 0", "line 1");
    }
}
