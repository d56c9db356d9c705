package im.parley.xmpp.sasl;

/**
 * A SASL exchange failed on the client side: the server sent malformed or unacceptable data, did not
 * prove itself, or reported a mechanism-level error. The message says which.
 */
public class SaslException extends Exception {

    public SaslException(String message) {
        super(message);
    }

    public SaslException(String message, Throwable cause) {
        super(message, cause);
    }
}
