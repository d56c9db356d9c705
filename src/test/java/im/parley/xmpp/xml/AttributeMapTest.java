package im.parley.xmpp.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeMapTest {
    private final AttributeMap map = new AttributeMap(new String[] {"to", "a@b", "xml:lang", "en", "{urn:x}y", "z"});

    @Test
    void behavesLikeAnOrderedMap() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("to", "a@b");
        expected.put("xml:lang", "en");
        expected.put("{urn:x}y", "z");

        assertThat(map).isEqualTo(expected);
        assertThat(expected).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        assertThat(map.keySet()).containsExactly("to", "xml:lang", "{urn:x}y");
        assertThat(map.get("xml:lang")).isEqualTo("en");
        assertThat(map.get("from")).isNull();
        assertThat(map.containsKey("to")).isTrue();
        assertThat(map.containsKey("from")).isFalse();
        assertThat(map).hasSize(3);
    }

    @Test
    void isImmutable() {
        assertThatThrownBy(() -> map.put("from", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("to")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
