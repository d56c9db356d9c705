package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private conversation with a room's occupant follows their nick change (XEP-0045 §7.6). */
class PrivateConversationRenameTest {
    private static final String JULIET = "room@conference.example.org/juliet";
    private static final String JULES = "room@conference.example.org/jules";

    @TempDir
    Path dir;
    private Archive archive;
    private MessageStore store;
    private MessageQueries queries;
    private ArchiveSearch search;
    private long account;

    @BeforeEach
    void open() {
        archive = Archive.open(dir);
        store = new MessageStore(archive);
        queries = new MessageQueries(archive);
        search = ArchiveSearch.open(archive, store, dir.resolve("search"));
        search.caughtUp().join();
        account = new AccountStore(archive).ensure("alice@example.org");
    }

    @AfterEach
    void close() {
        search.close();
        archive.close();
    }

    private void fromOccupant(String occupant, String id, String body) {
        store.insert(account, new NewMessage(occupant, ConversationKind.ROOM_PRIVATE, false, occupant, null, id, null,
                null, null, java.time.Instant.now(), body, null, null, null, Delivery.PENDING, List.of()));
    }

    @Test
    void theConversationItsHistoryAndItsSearchMoveToTheNewNick() {
        fromOccupant(JULIET, "m1", "wherefore art thou");

        assertThat(store.renamePrivateConversation(account, JULIET, JULES)).isTrue();
        fromOccupant(JULES, "m2", "by another name");

        assertThat(queries.count(account, JULIET, ConversationKind.ROOM_PRIVATE)).isZero();
        assertThat(queries.count(account, JULES, ConversationKind.ROOM_PRIVATE)).isEqualTo(2);
        assertThat(new Conversations(archive).list(account)).extracting(ConversationRow::peer).containsExactly(JULES);
        assertThat(search.search(account, "wherefore", Optional.of(JULES), 10)).hasSize(1);
        assertThat(search.search(account, "wherefore", Optional.of(JULIET), 10)).isEmpty();
    }

    @Test
    void aConversationAlreadyUnderTheNewNickIsNotMergedInto() {
        fromOccupant(JULIET, "m1", "from juliet");
        fromOccupant(JULES, "m2", "from whoever was jules before");

        assertThat(store.renamePrivateConversation(account, JULIET, JULES)).isFalse();

        assertThat(queries.count(account, JULIET, ConversationKind.ROOM_PRIVATE)).isEqualTo(1);
        assertThat(queries.count(account, JULES, ConversationKind.ROOM_PRIVATE)).isEqualTo(1);
    }

    @Test
    void withoutAConversationNothingHappens() {
        assertThat(store.renamePrivateConversation(account, JULIET, JULES)).isFalse();
        assertThat(new Conversations(archive).list(account)).isEmpty();
    }
}
