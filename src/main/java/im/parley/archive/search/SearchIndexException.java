package im.parley.archive.search;

/** The index could not be read or written; {@link #condition()} says what the archive can do about it. */
public final class SearchIndexException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the index failed. */
    public enum Condition {
        /** Another process (or another open index in this one) holds the folder: a second Parley on the profile. */
        LOCKED,
        /** The files are damaged beyond what opening detects: close, {@code LuceneSearchIndex.openEmpty} and re-feed. */
        CORRUPT,
        /** Disk full, permissions, the folder gone: nothing the index can repair. */
        IO
    }

    private final Condition condition;

    public SearchIndexException(Condition condition, String message, Throwable cause) {
        super(message, cause);
        this.condition = condition;
    }

    public Condition condition() {
        return condition;
    }
}
