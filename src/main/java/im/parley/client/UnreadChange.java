package im.parley.client;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/**
 * The unread count of a one-to-one conversation changed: what the UI shows as its badge.
 *
 * @param conversation the contact's bare JID
 * @param unread the messages now unread
 */
public record UnreadChange(Jid conversation, int unread, Cause cause) {
    public enum Cause {
        /** The contact wrote (to this device, or to another one of ours and carbons copied it). */
        MESSAGE_ARRIVED,
        /** The user read the conversation on this device. */
        READ_HERE,
        /** Another device of the account sent a displayed marker, and carbons copied it to us. */
        READ_ON_OTHER_DEVICE
    }

    public UnreadChange {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(cause, "cause");
    }
}
