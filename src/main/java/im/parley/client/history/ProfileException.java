package im.parley.client.history;

/**
 * A profile that cannot be opened: another Parley has it open, its archive is damaged or was
 * written by a newer version, or its folder cannot be written.
 */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
