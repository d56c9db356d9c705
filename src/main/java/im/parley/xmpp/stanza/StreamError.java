package im.parley.xmpp.stanza;

import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/** A stream error (RFC 6120 §4.9): condition, optional text, and for see-other-host the new host. */
public record StreamError(StreamErrorCondition condition, String text, String otherHost) {
    public static final String STREAM_NAMESPACE = "http://etherx.jabber.org/streams";

    public StreamError {
        Objects.requireNonNull(condition, "condition");
    }

    public static StreamError of(StreamErrorCondition condition, String text) {
        return new StreamError(condition, text, null);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("error", STREAM_NAMESPACE);
        XmlElement.Builder c = XmlElement.builder(condition.elementName(), StreamErrorCondition.NAMESPACE);
        if (otherHost != null) {
            c.text(otherHost);
        }
        b.child(c.build());
        if (text != null) {
            b.child(XmlElement.ofText("text", StreamErrorCondition.NAMESPACE, text));
        }
        return b.build();
    }

    public static StreamError fromXml(XmlElement e) {
        StreamErrorCondition condition = StreamErrorCondition.UNDEFINED_CONDITION;
        String text = null;
        String host = null;
        for (XmlElement child : e.elements()) {
            if (!child.namespace().equals(StreamErrorCondition.NAMESPACE)) {
                continue;
            }
            if (child.name().equals("text")) {
                text = child.text();
            } else {
                condition = StreamErrorCondition.fromElementName(child.name()).orElse(condition);
                if (condition == StreamErrorCondition.SEE_OTHER_HOST) {
                    host = child.text().trim();
                }
            }
        }
        return new StreamError(condition, text, host);
    }

    @Override
    public String toString() {
        return condition.elementName() + (text == null ? "" : " (" + text + ")");
    }
}
