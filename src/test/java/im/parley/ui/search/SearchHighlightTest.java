package im.parley.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.SearchResult.TextRange;
import im.parley.ui.search.Highlight.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces a hit's snippet is drawn from, and the window a long message is cut to. */
class SearchHighlightTest {
    @Test
    void theTextIsCutAtTheMatchesAndEveryCharacterKept() {
        assertThat(Highlight.spans("see you at the quay", List.of(new TextRange(4, 7), new TextRange(15, 19))))
                .containsExactly(new Span("see ", false), new Span("you", true), new Span(" at the ", false),
                        new Span("quay", true));
    }

    @Test
    void overlappingUnorderedAndOutOfBoundsRangesAreMergedAndClipped() {
        assertThat(Highlight.spans("abcdef", List.of(new TextRange(3, 9), new TextRange(1, 4), new TextRange(-2, 0))))
                .containsExactly(new Span("a", false), new Span("bcdef", true));
        assertThat(Highlight.spans("abc", List.of())).containsExactly(new Span("abc", false));
        assertThat(Highlight.spans("", List.of(new TextRange(0, 1)))).isEmpty();
    }

    @Test
    void aShortMessageIsShownWholeOnOneLine() {
        Highlight.Snippet s = Highlight.snippet("two\nlines", List.of(new TextRange(4, 9)), 40);
        assertThat(s.text()).isEqualTo("two lines");
        assertThat(s.matches()).containsExactly(new TextRange(4, 9));
    }

    @Test
    void aLongMessageIsCutAroundItsFirstMatchWithTheRangesMoved() {
        String body = "x".repeat(100) + " needle " + "y".repeat(100);
        Highlight.Snippet s = Highlight.snippet(body, List.of(new TextRange(101, 107)), 40);

        assertThat(s.text()).startsWith("…").endsWith("…").hasSize(42);
        TextRange moved = s.matches().get(0);
        assertThat(s.text().substring(moved.start(), moved.end())).isEqualTo("needle");
        assertThat(moved.start()).as("some words before it").isGreaterThan(5);
    }

    @Test
    void aMatchNearTheEndKeepsTheWindowFull() {
        String body = "a".repeat(200) + " end";
        Highlight.Snippet s = Highlight.snippet(body, List.of(new TextRange(201, 204)), 40);

        assertThat(s.text()).startsWith("…").doesNotEndWith("…").hasSize(41);
        TextRange moved = s.matches().get(0);
        assertThat(s.text().substring(moved.start(), moved.end())).isEqualTo("end");
    }
}
