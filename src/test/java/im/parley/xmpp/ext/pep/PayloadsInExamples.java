package im.parley.xmpp.ext.pep;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** The payloads one codec reads, wherever they stand in an example (in a publish, an event, a message). */
public final class PayloadsInExamples {
    private PayloadsInExamples() {
    }

    /** Round-trips every payload of {@code codec} in {@code xml}, of which there is at least one; returns their values. */
    public static <T> List<T> roundTrip(PayloadCodec<T> codec, String xml) throws Exception {
        List<XmlElement> found = new ArrayList<>();
        // Some examples hold several stanzas with dots between them.
        collect(XepExamples.element("<example>" + xml + "</example>"), codec, found);
        assertThat(found).as("payloads of %s in %s", codec.name(), xml).isNotEmpty();
        List<T> values = new ArrayList<>();
        for (XmlElement e : found) {
            values.add(RoundTrip.of(codec, e));
        }
        return values;
    }

    private static void collect(XmlElement e, PayloadCodec<?> codec, List<XmlElement> found) {
        if (codec.name().matches(e)) {
            found.add(e);
            return;
        }
        e.elements().forEach(child -> collect(child, codec, found));
    }
}
