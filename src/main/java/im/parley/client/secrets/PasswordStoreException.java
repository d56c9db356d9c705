package im.parley.client.secrets;

/**
 * A stored password could not be read, written or removed: the keyring refused or did not answer
 * in time, or the encrypted file is damaged, tampered with or its key is missing. The message is
 * written for the user; a damaged file never yields a wrong password, only this.
 */
public final class PasswordStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public PasswordStoreException(String message) {
        super(message);
    }

    public PasswordStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
