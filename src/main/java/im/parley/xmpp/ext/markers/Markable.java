package im.parley.xmpp.ext.markers;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;

/** {@code <markable/>}: the sender would like to know when this message is displayed. */
public record Markable() {
    public static final String NAMESPACE = "urn:xmpp:chat-markers:0";
    public static final String ELEMENT = "markable";

    public XmlElement toXml() {
        return XmlElement.empty(ELEMENT, NAMESPACE);
    }

    public static boolean isMarkable(Message m) {
        return m.payload(ELEMENT, NAMESPACE).isPresent();
    }

    /** §4.1: a markable message must have an id, or the marker could name nothing. */
    public static Message attachTo(Message m) {
        if (m.id() == null) {
            throw new IllegalArgumentException("a markable message needs an id");
        }
        return m.toBuilder().replacePayload(new Markable().toXml()).build();
    }
}
