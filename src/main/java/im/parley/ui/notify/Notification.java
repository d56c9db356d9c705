package im.parley.ui.notify;

import im.parley.xmpp.jid.Jid;

/**
 * What to tell the user, already decided and worded: {@code title} and {@code text} are plain
 * text; {@code peer} is the contact (or requester) on {@code account} that a click leads to.
 */
public record Notification(Kind kind, Jid account, Jid peer, String title, String text, boolean sound) {
    public enum Kind {
        /** A new message: a click opens its conversation. */
        MESSAGE,
        /** Someone asks to see the user's presence: a click shows the account's inbox. */
        SUBSCRIPTION_REQUEST,
        /** An incoming call nobody answered: a click opens its conversation. */
        MISSED_CALL,
        /** A room the user was in ended while they were away: a click opens it, saying so. */
        ROOM_GONE
    }
}
