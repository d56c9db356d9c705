package im.parley.archive;

/**
 * How far a message got. Outgoing: queued (in the outbox), sent (the server has it), delivered,
 * displayed, or failed. Incoming: pending means unread, displayed means read.
 */
public enum Delivery {
    PENDING, SENT, DELIVERED, DISPLAYED, FAILED;

    static Delivery of(int code) {
        return values()[code];
    }
}
