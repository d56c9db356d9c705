package im.parley.xmpp.routing;

import im.parley.xmpp.stanza.StanzaError;

/** Thrown by an {@link IqHandler} to answer the request with this error. */
public final class IqErrorException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient StanzaError error;

    public IqErrorException(StanzaError error) {
        super(error.toString());
        this.error = error;
    }

    public StanzaError error() {
        return error;
    }
}
