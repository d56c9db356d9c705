package im.parley.xmpp.xml;

import static im.parley.xmpp.xml.RecordingListener.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link XmlWriter} writes, the parser reads back as the same element. */
class XmlRoundTripTest {
    private static final String TRICKY = "quotes \" ' lt < gt > amp & apos&apos; nl\nnl tab\ttab cr\rcr crlf\r\n"
            + " ]]> 漢字 😀 é \u00a0 \u2028 end ";

    private static final List<XmlElement> ELEMENTS = List.of(
            XmlElement.ofText("body", "jabber:client", TRICKY),
            XmlElement.builder("message", "jabber:client")
                    .attribute("id", TRICKY).attribute("xml:lang", "de-CH").attribute("{urn:x:attr}a", TRICKY)
                    .attribute("{urn:y:attr}b", "<&>").attribute("empty", "")
                    .child(XmlElement.ofText("body", "jabber:client", TRICKY))
                    .child(XmlElement.builder("html", "http://jabber.org/protocol/xhtml-im")
                            .child(XmlElement.builder("body", "http://www.w3.org/1999/xhtml")
                                    .text(" mixed ").child(XmlElement.ofText("em", "http://www.w3.org/1999/xhtml", "<em>"))
                                    .text("\n\t").child(XmlElement.empty("br", "http://www.w3.org/1999/xhtml"))
                                    .text(TRICKY).build())
                            .build())
                    .child(XmlElement.empty("no-namespace", ""))
                    .build(),
            XmlElement.builder("iq", "jabber:client").attribute("type", "set")
                    .child(XmlElement.builder("query", "jabber:iq:private")
                            .child(XmlElement.ofText("data", "jabber:client", "   ")).build())
                    .build());

    @Test
    void documentRoundTrip() throws XmlStreamException {
        for (XmlElement e : ELEMENTS) {
            assertThat(XmlStreamParser.parseDocument(utf8(XmlWriter.toXml(e, "")), Limits.defaults())).isEqualTo(e);
        }
    }

    @Test
    void streamRoundTrip() throws XmlStreamException {
        StringBuilder stream = new StringBuilder(XmlStreamParserTest.HEADER);
        for (XmlElement e : ELEMENTS) {
            XmlWriter.write(e, "jabber:client", stream);
        }
        stream.append("</stream:stream>");
        byte[] bytes = utf8(stream.toString());
        for (int chunk : new int[] {1, 13, bytes.length}) {
            List<Object> events = RecordingListener.parse(bytes, chunk);
            assertThat(events.subList(1, events.size() - 1)).as("chunk %d", chunk).isEqualTo(ELEMENTS);
        }
    }
}
