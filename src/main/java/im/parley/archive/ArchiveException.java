package im.parley.archive;

/**
 * The archive could not do what was asked: the database cannot be opened (in use by another
 * Parley, damaged, written by a newer version) or a statement failed. Nothing half-written stays
 * behind: every write runs in one transaction.
 */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }

    public ArchiveException(String message) {
        super(message);
    }
}
