package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;

/** Literal XML to elements and stanzas, through the engine's own parser. */
final class TestXml {
    private TestXml() {
    }

    static XmlElement parse(String xml) throws XmlStreamException {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    static Stanza stanza(String xml) throws XmlStreamException, StanzaFormatException {
        return Stanza.fromXml(parse(xml)).orElseThrow();
    }

    /** Serializes as it would go on the wire and decodes the text again. */
    static Stanza roundTrip(Stanza stanza) throws XmlStreamException, StanzaFormatException {
        return stanza(stanza.toXml().toXml(""));
    }
}
