package im.parley.client.transfer;

/**
 * An export or import stopped by the server (a refusal, a timeout, a lost connection), as
 * opposed to an export file that cannot be read ({@link im.parley.xmpp.ext.pie.PortableFormatException}).
 * The message says which step failed; for an import it also says what had been applied and what
 * had not, and {@link #applied()} holds those counts.
 */
public final class TransferException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport applied;

    public TransferException(String message, ImportReport applied, Throwable cause) {
        super(message, cause);
        this.applied = applied;
    }

    /** What the import had written before it stopped; null for an export, which writes nothing. */
    public ImportReport applied() {
        return applied;
    }
}
