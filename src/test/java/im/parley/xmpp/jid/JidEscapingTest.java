package im.parley.xmpp.jid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.JidFormatException.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JidEscapingTest {

    /** XEP-0106 §5.1 "JID Examples" (user input and escaped localpart) and the §3 example. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "space cadet            | space\\20cadet",
        "call me \"ishmael\"    | call\\20me\\20\\22ishmael\\22",
        "at&t guy               | at\\26t\\20guy",
        "d'artagnan             | d\\27artagnan",
        "/.fanboy               | \\2f.fanboy",
        "::foo::                | \\3a\\3afoo\\3a\\3a",
        "<foo>                  | \\3cfoo\\3e",
        "user@host              | user\\40host",
        "c:\\net                | c\\3a\\net",
        "c:\\\\net              | c\\3a\\\\net",
        "c:\\cool stuff         | c\\3a\\cool\\20stuff",
        "c:\\5commas            | c\\3a\\5c5commas",
    })
    void escapesAndUnescapesXepExamples(String unescaped, String escaped) {
        assertThat(JidEscaping.escapeLocal(unescaped)).isEqualTo(escaped);
        assertThat(JidEscaping.unescapeLocal(escaped)).isEqualTo(unescaped);
        // An escaped localpart is a valid one, and survives normalization.
        assertThat(Jid.of(escaped + "@example.com").local()).isEqualTo(escaped);
    }

    /** XEP-0106 §4.3: partial or unknown sequences are left alone both ways. */
    @ParameterizedTest
    @ValueSource(strings = {"\\2plus\\2is\\4", "foo\\bar", "foob\\41r", "trailing\\", "trailing\\2", "\\2F", "\\5C"})
    void leavesNonEscapeBackslashSequencesAlone(String s) {
        assertThat(JidEscaping.unescapeLocal(s)).isEqualTo(s);
        assertThat(JidEscaping.unescapeLocal(JidEscaping.escapeLocal(s))).isEqualTo(s);
    }

    @Test
    void escapesBackslashesThatWouldOtherwiseBeReadAsEscapes() {
        assertThat(JidEscaping.escapeLocal("\\3and\\2is\\5cool")).isEqualTo("\\5c3and\\2is\\5c5cool");
        assertThat(JidEscaping.unescapeLocal("\\5c3and\\2is\\5c5cool")).isEqualTo("\\3and\\2is\\5cool");
    }

    @Test
    void escapesUppercaseLookalikesOfEscapesBecauseCaseMappingWouldCompleteThem() {
        String escaped = JidEscaping.escapeLocal("a\\2Fb");
        assertThat(escaped).isEqualTo("a\\5c2Fb");
        assertThat(JidEscaping.unescapeLocal(Jid.of(escaped + "@example.com").local())).isEqualTo("a\\2fb");
    }

    @Test
    void leavesOtherCharactersUntouched() {
        assertThat(JidEscaping.escapeLocal("Fuß-ball_π%x")).isEqualTo("Fuß-ball_π%x");
        assertThat(JidEscaping.unescapeLocal("fuß-ball_π%x")).isEqualTo("fuß-ball_π%x");
    }

    @Test
    void unescapesTheEmailGatewayExample() {
        assertThat(JidEscaping.unescapeLocal("here\\27s_a_wild_\\26_\\2fcr%zy\\2f_address"))
                .isEqualTo("here's_a_wild_&_/cr%zy/_address");
    }

    @Test
    void rejectsLeadingOrTrailingSpaceBecauseEscapedLocalpartsMustNotStartOrEndWithBackslash20() {
        for (String s : new String[] {" cadet", "cadet ", " "}) {
            assertThatThrownBy(() -> JidEscaping.escapeLocal(s))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.LOCALPART));
        }
    }
}
