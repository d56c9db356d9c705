package im.parley.client;

/** How far a message the user sent has gone. Later states never go back to earlier ones. */
public enum DeliveryState {
    /** Waiting to be sent: offline, or not yet written to the stream. */
    QUEUED,
    /** The server acknowledged it (Stream Management, or a ping answered after it). */
    SENT,
    /** The recipient's client confirmed it (XEP-0184). */
    DELIVERED,
    /** The recipient displayed it (XEP-0333). */
    DISPLAYED,
    /** It cannot go out: the server or the recipient's server answered with an error. */
    FAILED
}
