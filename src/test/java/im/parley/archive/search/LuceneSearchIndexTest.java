package im.parley.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching, offsets, filters, order and paging, corrections; the folder's life cycle is in SearchIndexRecoveryTest. */
class LuceneSearchIndexTest {
    static final String ALICE = "alice@example.org";
    static final String ROOM = "room@conference.example.org";
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() throws Exception {
        index = LuceneSearchIndex.open(dir.resolve("search"));
        assertThat(index.rebuiltBecause()).isEmpty();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    static IndexedText msg(long key, String conversation, String text) {
        return new IndexedText(key, conversation, T0.plusSeconds(key), text);
    }

    /** The highlighted substrings of the single hit for {@code query}. */
    private List<String> highlighted(String text, String query) throws Exception {
        index.add(List.of(msg(1, ALICE, text)));
        List<SearchHit> hits = index.search(SearchQuery.global(query, 10));
        assertThat(hits).hasSize(1);
        return hits.get(0).matches().stream().map(r -> text.substring(r.start(), r.end())).collect(Collectors.toList());
    }

    @Test
    void accentsAndCaseAreIgnoredBothWays() throws Exception {
        index.add(List.of(msg(1, ALICE, "Le Café est OUVERT"), msg(2, ALICE, "un cafe noir"),
                msg(3, ALICE, "Cafe\u0301 with a combining accent")));
        assertThat(keys(index.search(SearchQuery.global("cafe ", 10)))).containsExactly(3L, 2L, 1L);
        assertThat(keys(index.search(SearchQuery.global("CAFÉ ", 10)))).containsExactly(3L, 2L, 1L);
        List<SearchHit> hits = index.search(SearchQuery.global("café ouvert", 10));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).matches()).containsExactly(new MatchRange(3, 7), new MatchRange(12, 18));
        SearchHit combining = index.search(SearchQuery.global("café with", 10)).get(0);
        assertThat(combining.matches()).containsExactly(new MatchRange(0, 5), new MatchRange(6, 10));
    }

    @Test
    void aRemovedAccountsConversationsAreForgottenAndNoOtherOnes() throws Exception {
        index.add(List.of(msg(1, "1 bob@example.org", "lunch today"), msg(2, "1 carol@example.org", "lunch?"),
                msg(3, "12 bob@example.org", "lunch at noon"), msg(4, "2 bob@example.org", "no lunch")));

        index.removeConversations("1 ");

        assertThat(keys(index.search(SearchQuery.global("lunch", 10)))).containsExactly(4L, 3L);
    }

    @Test
    void foldsLatinLettersBeyondAccents() throws Exception {
        assertThat(highlighted("Die Straße nach Ørsted", "strasse orsted")).containsExactly("Straße", "Ørsted");
    }

    @Test
    void offsetsSkipPunctuationAroundWords() throws Exception {
        assertThat(highlighted("Hello, \"world\"! (see world-wide...) WORLD?", "world "))
                .containsExactly("world", "world", "WORLD");
    }

    @Test
    void everyWordMustMatchAndEachOccurrenceIsMarked() throws Exception {
        index.add(List.of(msg(1, ALICE, "meet at the station tomorrow, the station near the park"),
                msg(2, ALICE, "the station is closed")));
        List<SearchHit> hits = index.search(SearchQuery.global("station meet", 10));
        assertThat(keys(hits)).containsExactly(1L);
        assertThat(hits.get(0).matches()).containsExactly(new MatchRange(0, 4), new MatchRange(12, 19),
                new MatchRange(34, 41));
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() throws Exception {
        index.add(List.of(msg(1, ALICE, "see you at the station"), msg(2, ALICE, "the stat is wrong"),
                msg(3, ALICE, "a sunny start")));
        assertThat(keys(index.search(SearchQuery.global("stat", 10)))).containsExactly(2L, 1L);
        assertThat(index.search(SearchQuery.global("the stat", 10)).get(1).matches())
                .containsExactly(new MatchRange(11, 14), new MatchRange(15, 22));
        // a space or punctuation after the word ends it
        assertThat(keys(index.search(SearchQuery.global("stat ", 10)))).containsExactly(2L);
        assertThat(keys(index.search(SearchQuery.global("stat?", 10)))).containsExactly(2L);
        // one letter is too short a prefix: it is a whole word
        assertThat(keys(index.search(SearchQuery.global("a", 10)))).containsExactly(3L);
    }

    @Test
    void oneConversationOrAll() throws Exception {
        index.add(List.of(msg(1, ALICE, "lunch today?"), msg(2, ROOM, "who is up for lunch"),
                msg(3, "bob@example.org", "no lunch")));
        assertThat(keys(index.search(SearchQuery.in(ROOM, "lunch", 10)))).containsExactly(2L);
        assertThat(index.search(SearchQuery.in(ROOM, "lunch", 10)).get(0).conversation()).isEqualTo(ROOM);
        assertThat(keys(index.search(SearchQuery.global("lunch", 10)))).containsExactly(3L, 2L, 1L);
        assertThat(index.search(SearchQuery.in("nobody@example.org", "lunch", 10))).isEmpty();
    }

    @Test
    void newestFirstByMessageTimeNotByKey() throws Exception {
        // key 3 came later (a history fetch) but is the oldest message
        index.add(List.of(new IndexedText(1, ALICE, T0.plusSeconds(10), "ping"),
                new IndexedText(2, ALICE, T0.plusSeconds(20), "ping"),
                new IndexedText(3, ALICE, T0, "ping")));
        List<SearchHit> hits = index.search(SearchQuery.global("ping", 10));
        assertThat(keys(hits)).containsExactly(2L, 1L, 3L);
        assertThat(hits.get(0).time()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsAlsoWithinOneMillisecond() throws Exception {
        List<IndexedText> batch = new ArrayList<>();
        for (long k = 1; k <= 25; k++) {
            batch.add(new IndexedText(k, ALICE, T0.plusMillis(k / 4), "tick " + k));
        }
        index.add(batch);
        List<Long> seen = new ArrayList<>();
        SearchQuery q = SearchQuery.global("tick", 7);
        while (true) {
            List<SearchHit> page = index.search(q);
            if (page.isEmpty()) {
                break;
            }
            seen.addAll(keys(page));
            q = q.after(page.get(page.size() - 1).cursor());
        }
        List<Long> expected = new ArrayList<>();
        for (long k = 25; k >= 1; k--) {
            expected.add(k);
        }
        assertThat(seen).isEqualTo(expected);
        // a time alone: strictly older
        assertThat(keys(index.search(q.after(SearchCursor.before(T0.plusMillis(1))))))
                .containsExactly(3L, 2L, 1L);
    }

    @Test
    void aCorrectionReplacesTheTextAndARetractionRemovesIt() throws Exception {
        index.add(List.of(msg(1, ALICE, "the meeting is on Tuesdy"), msg(2, ALICE, "ok Tuesday then")));
        index.replace(1, ALICE, T0.plusSeconds(1), "the meeting is on Tuesday");
        assertThat(keys(index.search(SearchQuery.global("tuesdy", 10)))).isEmpty();
        assertThat(keys(index.search(SearchQuery.global("tuesday", 10)))).containsExactly(2L, 1L);
        index.remove(2);
        index.remove(99);
        assertThat(keys(index.search(SearchQuery.global("tuesday", 10)))).containsExactly(1L);
        // a correction of a message the index never saw indexes it
        index.replace(7, ROOM, T0, "late edit");
        assertThat(keys(index.search(SearchQuery.global("edit", 10)))).containsExactly(7L);
    }

    @Test
    void addingAKeyAgainReplacesItInsteadOfDuplicating() throws Exception {
        index.add(List.of(msg(1, ALICE, "hello there"), msg(2, ALICE, "hello again")));
        index.commit();
        index.add(List.of(msg(1, ALICE, "hello there"), msg(2, ALICE, "hello again"), msg(3, ALICE, "hello")));
        assertThat(keys(index.search(SearchQuery.global("hello", 10)))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void querySyntaxIsPlainText() throws Exception {
        index.add(List.of(msg(1, ALICE, "title foo and bar baz, a+b=c; path C:\\temp /regex/ [a TO b] {x}")));
        for (String q : List.of("title:\"foo\" AND (bar* OR baz~2) -x +y", "\\", "/regex/", "[a TO b]", "{x}",
                "foo^10", "*", "?", "\"", "a && b || c", "NOT", "c:\\temp", "\u0000", "💬", "ok\uD800")) {
            try {
                index.search(SearchQuery.global(q, 10));
            } catch (IllegalArgumentException noWords) {
                assertThat(noWords).hasMessageContaining("no word");
            }
        }
        assertThat(keys(index.search(SearchQuery.global("title:\"foo\" AND (bar*", 10)))).containsExactly(1L);
    }

    @Test
    void aQueryWithoutWordsIsRefused() {
        for (String q : List.of("", "   ", "!!! ... ???", "\t\n")) {
            assertThatThrownBy(() -> index.search(SearchQuery.global(q, 10)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void hugeTextsAndQueriesStayQuick() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("word").append(i % 5000).append(' ');
        }
        big.append("needle");
        index.add(List.of(msg(1, ALICE, big.toString())));
        long t0 = System.nanoTime();
        List<SearchHit> hits = index.search(SearchQuery.global("needle", 10));
        assertThat(hits.get(0).matches()).containsExactly(new MatchRange(big.length() - 6, big.length()));
        // a pasted megabyte: only its first 1,024 chars (16 words at most) are read
        assertThat(index.search(SearchQuery.global(big.toString(), 10))).hasSize(1);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2.0);
    }

    @Test
    void eachHitCarriesConversationAndMillisecondTime() throws Exception {
        Instant t = Instant.parse("2026-02-03T04:05:06.789123Z");
        index.add(List.of(new IndexedText(5, ROOM, t, "hi")));
        SearchHit hit = index.search(SearchQuery.global("hi", 1)).get(0);
        assertThat(hit.messageKey()).isEqualTo(5);
        assertThat(hit.conversation()).isEqualTo(ROOM);
        assertThat(hit.time()).isEqualTo(Instant.parse("2026-02-03T04:05:06.789Z"));
    }

    @Test
    void aClosedIndexRefusesWork() throws Exception {
        index.close();
        index.close();
        assertThatThrownBy(() -> index.search(SearchQuery.global("x", 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.add(List.of(msg(1, ALICE, "x")))).isInstanceOf(IllegalStateException.class);
    }

    static List<Long> keys(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::messageKey).collect(Collectors.toList());
    }
}
