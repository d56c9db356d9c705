package im.parley.xmpp.jid;

/** Thrown when a string is not a valid XMPP address; {@link #part()} tells which part is at fault. */
public final class JidFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The part of the address that failed validation. */
    public enum Part {
        LOCALPART("localpart"),
        DOMAINPART("domainpart"),
        RESOURCEPART("resourcepart"),
        /** The address as a whole, e.g. null or empty input. */
        WHOLE("JID");

        private final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private final Part part;

    JidFormatException(Part part, String reason) {
        super("Invalid " + part.label + ": " + reason);
        this.part = part;
    }

    JidFormatException(Part part, String reason, Throwable cause) {
        super("Invalid " + part.label + ": " + reason, cause);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
