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

    /**
     * The first element in {@code namespace} inside the {@code <jingle/>} of an example IQ: a child
     * of the jingle element itself (a session-info payload, a group) or of its first content that
     * has one (a description, a transport).
     */
    public static XmlElement jinglePayload(String iqXml, String namespace) throws Exception {
        XmlElement jingle = element(iqXml).child("jingle", "urn:xmpp:jingle:1").orElseThrow();
        if (jingle.childIn(namespace).isPresent()) {
            return jingle.childIn(namespace).get();
        }
        return jingle.children("content", "urn:xmpp:jingle:1").stream()
                .flatMap(c -> c.childIn(namespace).stream())
                .findFirst().orElseThrow();
    }

    /** A stanza; examples without the client namespace get it added by the caller. */
    @SuppressWarnings("unchecked")
    public static <S extends Stanza> S stanza(String xml) throws Exception {
        return (S) Stanza.fromXml(element(xml)).orElseThrow();
    }
}
