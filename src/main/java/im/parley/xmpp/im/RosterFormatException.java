package im.parley.xmpp.im;

/** A roster item or query that cannot be read: a bad JID, an unknown subscription, a wrong element. */
public final class RosterFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public RosterFormatException(String message) {
        super(message);
    }
}
