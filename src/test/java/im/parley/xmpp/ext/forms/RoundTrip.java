package im.parley.xmpp.ext.forms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;

/** Codec round trips and malformed answers, shared by the tests of the forms packages. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /**
     * Decodes {@code element}, encodes the value and decodes that again, both as built and as
     * written out and parsed back; every decoding must give the same value, which is returned.
     */
    public static <T> T of(PayloadCodec<T> codec, XmlElement element) throws Exception {
        Decoded<T> first = codec.decode(element);
        assertThat(first).as("decoding %s", element).isInstanceOf(Decoded.Value.class);
        T value = first.valueIfAny().orElseThrow();
        XmlElement encoded = codec.encode(value);
        assertThat(codec.decode(encoded)).isEqualTo(first);
        assertThat(codec.decode(XepExamples.element(encoded.toString()))).isEqualTo(first);
        return value;
    }

    /** The reason {@code codec} gives for refusing {@code xml} as malformed with bad-request. */
    public static String malformedReason(PayloadCodec<?> codec, String xml) throws Exception {
        Decoded<?> decoded = codec.decode(XepExamples.element(xml));
        assertThat(decoded).as("decoding %s", xml).isInstanceOf(Decoded.Malformed.class);
        Decoded.Malformed<?> malformed = (Decoded.Malformed<?>) decoded;
        assertThat(malformed.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
        return malformed.reason();
    }
}
