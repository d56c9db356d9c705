package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.xml.XmlElement;

/** Literal XML for requests injected in tests. */
final class XmlElementParser {
    private XmlElementParser() {
    }

    static XmlElement parse(String xml) {
        try {
            return XepExamples.element(xml);
        } catch (Exception e) {
            throw new IllegalArgumentException(xml, e);
        }
    }
}
