package im.parley.xmpp.ext;

import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;

/** Parses the literal XML of XEP examples the way the engine parses the wire. */
public final class XepExamples {
    private XepExamples() {
    }

    public static XmlElement element(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    /** A stanza; examples without the client namespace get it added by the caller. */
    @SuppressWarnings("unchecked")
    public static <S extends Stanza> S stanza(String xml) throws Exception {
        return (S) Stanza.fromXml(element(xml)).orElseThrow();
    }
}
