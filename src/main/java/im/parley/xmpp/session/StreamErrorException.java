package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.stanza.StreamErrorCondition;

/** The stream ended with a stream error, sent by the server or by us on bad input. */
public final class StreamErrorException extends XmppException {
    private static final long serialVersionUID = 1L;
    private final transient StreamError error;
    private final boolean local;

    public StreamErrorException(StreamError error, boolean local) {
        super((local ? "stream error sent: " : "stream error from server: ") + error);
        this.error = error;
        this.local = local;
    }

    public StreamError error() {
        return error;
    }

    /** True when we closed the stream because of what the server sent. */
    public boolean isLocal() {
        return local;
    }

    /**
     * Whether reconnecting would be wrong: another session took our resource (we would kick each
     * other out for ever), or the account was disabled.
     */
    public boolean endsForGood() {
        return !local && (error.condition() == StreamErrorCondition.CONFLICT
                || error.condition() == StreamErrorCondition.NOT_AUTHORIZED
                || error.condition() == StreamErrorCondition.POLICY_VIOLATION);
    }
}
