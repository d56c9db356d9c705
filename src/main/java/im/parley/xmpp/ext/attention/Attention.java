package im.parley.xmpp.ext.attention;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;

/** {@code <attention xmlns='urn:xmpp:attention:0'/>}: the sender asks for the user's attention. */
public record Attention() {
    public static final String NAMESPACE = "urn:xmpp:attention:0";
    public static final String ELEMENT = "attention";

    public XmlElement toXml() {
        return XmlElement.empty(ELEMENT, NAMESPACE);
    }

    public static boolean isRequested(Message m) {
        return m.payload(ELEMENT, NAMESPACE).isPresent();
    }

    /** A headline, as in the XEP's example: it is a nudge, not a line of the conversation. */
    public static Message request(Jid to, String body) {
        return Message.builder().to(to).type(Message.Type.HEADLINE).payload(new Attention().toXml())
                .body(body).build();
    }

    /**
     * Whether to alert the user. Business Rules: a delayed (XEP-0203) attention MUST be ignored,
     * a nudge is stale once replayed; Security Considerations: accept it only from contacts in
     * the roster (or sharing directed presence), which the caller knows and we do not.
     */
    public static boolean shouldAlert(Message m, boolean senderInRoster) {
        return isRequested(m) && senderInRoster && m.type() != Message.Type.ERROR
                && m.payload("delay", Delay.NAMESPACE).isEmpty();
    }
}
