package im.parley.xmpp.ext;

/**
 * A payload in a namespace we handle that breaks its XEP's rules (a missing id, a wrong element).
 * Kept apart from stanza-level errors: a bad extension is ignored, the stanza still counts.
 */
public final class PayloadFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public PayloadFormatException(String message) {
        super(message);
    }
}
