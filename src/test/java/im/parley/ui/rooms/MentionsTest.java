package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {
    @Test
    void theNickAsAWordOfItsOwnCaseIgnored() {
        assertThat(Mentions.mentions("Ann: are you there?", "ann")).isTrue();
        assertThat(Mentions.mentions("ping @ann, please", "ann")).isTrue();
        assertThat(Mentions.mentions("ÅSA said so", "åsa")).isTrue();
        assertThat(Mentions.mentions("the annual report", "ann")).isFalse();
        assertThat(Mentions.mentions("joann left", "ann")).isFalse();
        assertThat(Mentions.mentions("a.b (the nick) is here", "a.b")).as("quoted, not a pattern").isTrue();
        assertThat(Mentions.mentions("axb is here", "a.b")).isFalse();
        assertThat(Mentions.mentions("anything", null)).isFalse();
    }

    @Test
    void addressingStartsAnEmptyMessageAndAppendsToAWrittenOne() {
        assertThat(Mentions.addressed("", "bob")).isEqualTo("bob: ");
        assertThat(Mentions.addressed("  ", "bob")).isEqualTo("bob: ");
        assertThat(Mentions.addressed("thanks", "bob")).isEqualTo("thanks bob ");
        assertThat(Mentions.addressed("thanks ", "bob")).isEqualTo("thanks bob ");
    }
}
