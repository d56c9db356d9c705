package im.parley.xmpp.ext.pie;

/**
 * An account export (XEP-0227) that cannot be read: not XML, unsafe XML (a DTD, an entity), too
 * large, in the wrong namespace, or holding a value that breaks the rules (an invalid JID, a
 * second roster). The message says what and where, for the user.
 */
public final class PortableFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public PortableFormatException(String message) {
        super(message);
    }

    public PortableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
