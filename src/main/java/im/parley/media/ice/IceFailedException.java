package im.parley.media.ice;

/** Connectivity checks ended without a working candidate pair (Jingle reason connectivity-error). */
public final class IceFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public IceFailedException(String message) {
        super(message);
    }
}
