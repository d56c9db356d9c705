package im.parley.xmpp.xml;

import im.parley.xmpp.stanza.StreamErrorCondition;
import java.util.Objects;

/**
 * The incoming XML stream broke a rule of RFC 6120; {@link #condition()} is the stream error to
 * send back before closing, the message says what was wrong for the log.
 */
public final class XmlStreamException extends Exception {
    private final StreamErrorCondition condition;

    public XmlStreamException(StreamErrorCondition condition, String message) {
        this(condition, message, null);
    }

    public XmlStreamException(StreamErrorCondition condition, String message, Throwable cause) {
        super(message, cause);
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    public StreamErrorCondition condition() {
        return condition;
    }
}
