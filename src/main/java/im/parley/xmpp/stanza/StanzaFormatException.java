package im.parley.xmpp.stanza;

/** An element that should be a stanza but breaks RFC 6120's rules (bad type, malformed JID...). */
public final class StanzaFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final StanzaErrorCondition condition;

    public StanzaFormatException(StanzaErrorCondition condition, String message) {
        super(message);
        this.condition = condition;
    }

    /** The condition to answer with when the bad stanza is an IQ request. */
    public StanzaErrorCondition condition() {
        return condition;
    }
}
