package im.parley.xmpp.ext.avatar;

/** A contact's avatar was not taken: announced or sent too large, or not hashing to its id. */
public final class AvatarRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public AvatarRefusedException(String message) {
        super(message);
    }
}
