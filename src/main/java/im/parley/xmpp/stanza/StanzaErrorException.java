package im.parley.xmpp.stanza;

/** A remote entity answered with a stanza error. Kept apart from local failures. */
public final class StanzaErrorException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient StanzaError error;
    private final transient Stanza stanza;

    public StanzaErrorException(StanzaError error, Stanza stanza) {
        super("remote error: " + error);
        this.error = error;
        this.stanza = stanza;
    }

    public StanzaError error() {
        return error;
    }

    public StanzaErrorCondition condition() {
        return error.condition();
    }

    /** The error stanza as received. */
    public Stanza stanza() {
        return stanza;
    }
}
