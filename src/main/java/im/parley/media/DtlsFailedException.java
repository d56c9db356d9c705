package im.parley.media;

/**
 * The media path's DTLS certificate did not match the fingerprint from signalling, or the handshake
 * failed: the call ends with Jingle reason security-error, never unencrypted.
 */
public final class DtlsFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public DtlsFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
