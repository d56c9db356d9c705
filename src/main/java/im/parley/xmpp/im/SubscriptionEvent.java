package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;

/**
 * A subscription-related presence from a contact (RFC 6121 §3). Requests are only ever
 * reported: the user decides, nothing is approved automatically.
 *
 * @param from the contact's bare JID
 * @param nick the nickname the requester offered (XEP-0172), or null
 */
public record SubscriptionEvent(Kind kind, Jid from, String nick) {
    public enum Kind {
        /** The contact asks to see our presence (type subscribe). */
        REQUEST,
        /** The contact approved our request (type subscribed). */
        APPROVED,
        /** The contact denied our request or cancelled our subscription (type unsubscribed). */
        DENIED_OR_CANCELLED,
        /** The contact no longer wants our presence (type unsubscribe). */
        UNSUBSCRIBED
    }
}
