package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code <jingle/>} element (XEP-0166 §7): the action, the session id, the initiator and
 * responder where given, the contents, an optional reason (null when absent) and the children in
 * other namespaces ({@code payloads}: session-info payloads such as ringing, XEP-0338 groups).
 */
public record Jingle(JingleAction action, String sid, Jid initiator, Jid responder,
                     List<Content> contents, Reason reason, List<XmlElement> payloads) {
    public static final String NAMESPACE = "urn:xmpp:jingle:1";

    public Jingle {
        Objects.requireNonNull(action, "action");
        if (sid == null || sid.isEmpty()) {
            throw new IllegalArgumentException("a Jingle element needs a session id");
        }
        contents = List.copyOf(contents);
        payloads = List.copyOf(payloads);
        for (XmlElement p : payloads) {
            if (p.namespace().equals(NAMESPACE)) {
                throw new IllegalArgumentException("payloads are qualified by other namespaces, not <" + p.name() + "/>");
            }
        }
    }

    /** An action on the session {@code sid} with these contents and nothing else. */
    public static Jingle of(JingleAction action, String sid, List<Content> contents) {
        return new Jingle(action, sid, null, null, contents, null, List.of());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("jingle", NAMESPACE)
                .attribute("action", action.value())
                .attribute("initiator", initiator == null ? null : initiator.toString())
                .attribute("responder", responder == null ? null : responder.toString())
                .attribute("sid", sid);
        boolean explicitSenders = action == JingleAction.CONTENT_MODIFY;
        contents.forEach(c -> b.child(c.toXml(explicitSenders)));
        if (reason != null) {
            b.child(reason.toXml());
        }
        payloads.forEach(b::child);
        return b.build();
    }

    public static Jingle fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("jingle", NAMESPACE)) {
            throw new PayloadFormatException("not a Jingle element: " + e.name());
        }
        String actionValue = e.attributeOrNull("action");
        // §7.2: an unknown action is refused with bad-request, which is what a format error becomes.
        JingleAction action = JingleAction.of(actionValue).orElseThrow(
                () -> new PayloadFormatException("unknown Jingle action " + actionValue));
        String sid = e.attributeOrNull("sid");
        if (sid == null || sid.isEmpty()) {
            throw new PayloadFormatException("a Jingle element without a session id");
        }
        List<Content> contents = new ArrayList<>();
        Reason reason = null;
        List<XmlElement> payloads = new ArrayList<>();
        for (XmlElement child : e.elements()) {
            if (!child.namespace().equals(NAMESPACE)) {
                payloads.add(child);
            } else if (child.name().equals("content")) {
                Content c = Content.fromXml(child);
                if (action == JingleAction.CONTENT_MODIFY && child.attributeOrNull("senders") == null) {
                    throw new PayloadFormatException("content-modify without senders on content " + c.name());
                }
                contents.add(c);
            } else if (child.name().equals("reason") && reason == null) {
                reason = Reason.fromXml(child);
            } else {
                throw new PayloadFormatException("unexpected <" + child.name() + "/> in a Jingle element");
            }
        }
        return new Jingle(action, sid, jid(e, "initiator"), jid(e, "responder"), contents, reason, payloads);
    }

    private static Jid jid(XmlElement e, String attribute) throws PayloadFormatException {
        String value = e.attributeOrNull(attribute);
        if (value == null) {
            return null;
        }
        return Jid.tryParse(value).orElseThrow(
                () -> new PayloadFormatException(attribute + " is not a JID: " + value));
    }
}
