package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's flat JSON objects must stay valid JSON whatever the peer sends. */
class JsonTest {

    private static String one(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return Json.object(m);
    }

    @Test
    void escapesQuotesAndBackslashes() {
        assertThat(one("body", "say \"hi\" \\o/")).isEqualTo("{\"body\":\"say \\\"hi\\\" \\\\o/\"}");
    }

    @Test
    void escapesControlCharacters() {
        assertThat(one("b", "a\nb\rc\td")).isEqualTo("{\"b\":\"a\\nb\\rc\\td\"}");
        assertThat(one("b", "\u0000\u0001\u001f\b\f")).isEqualTo("{\"b\":\"\\u0000\\u0001\\u001f\\u0008\\u000c\"}");
    }

    @Test
    void leavesOtherCharactersAlone() {
        // DEL, non-ASCII and the line separators are legal unescaped in JSON strings.
        assertThat(one("b", "\u007fé😀\u2028/")).isEqualTo("{\"b\":\"\u007fé😀\u2028/\"}");
    }

    @Test
    void escapesKeysToo() {
        assertThat(one("we\"ird\n", 1)).isEqualTo("{\"we\\\"ird\\n\":1}");
    }

    @Test
    void writesNullNumbersAndBooleansBare() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thread", null);
        m.put("count", 3);
        m.put("big", 4294967296L);
        m.put("rtt_ms", 12.5);
        m.put("ok", true);
        m.put("jid", new StringBuilder("juliet@example.com"));

        assertThat(Json.object(m))
                .isEqualTo("{\"thread\":null,\"count\":3,\"big\":4294967296,\"rtt_ms\":12.5,\"ok\":true,"
                        + "\"jid\":\"juliet@example.com\"}");
    }

    @Test
    void emptyObject() {
        assertThat(Json.object(Collections.emptyMap())).isEqualTo("{}");
    }

    @Test
    void nonFiniteNumbersStayValidJson() {
        assertThat(one("rtt_ms", Double.NaN)).isIn("{\"rtt_ms\":null}", "{\"rtt_ms\":\"NaN\"}");
    }

    @Test
    void writesCollectionsAsArraysOfStrings() {
        assertThat(one("groups", java.util.List.of("a \"b\"", "c"))).isEqualTo("{\"groups\":[\"a \\\"b\\\"\",\"c\"]}");
        assertThat(one("groups", java.util.List.of())).isEqualTo("{\"groups\":[]}");
    }
}
