package im.parley.archive;

import java.util.Objects;

/**
 * How a later stanza names a stored message: by the id it was sent with (its id attribute or
 * origin-id) or, in rooms, the room's stanza-id.
 *
 * @param outgoing whether the named message is one the user sent; null when either may be meant
 * @param sender who must have sent it (a bare JID in chats, the nick or occupant-id in rooms); null
 *     when anyone may have: a correction names only the sender's own messages, a reaction any message
 */
public record Reference(String conversation, ConversationKind kind, String id, Boolean outgoing, String sender) {
    public Reference {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Reference chat(String conversation, String id, boolean outgoing, String senderBare) {
        return new Reference(conversation, ConversationKind.CHAT, id, outgoing, senderBare);
    }

    /** The same message, whoever sent it. */
    public Reference anySender() {
        return new Reference(conversation, kind, id, null, null);
    }

    /** Whether a stored sender (a full JID, or a nick in a room) is the one this reference requires. */
    boolean senderMatches(String stored) {
        if (sender == null) {
            return true;
        }
        if (stored == null) {
            return false;
        }
        return kind == ConversationKind.CHAT
                ? stored.equals(sender) || stored.startsWith(sender + "/")
                : stored.equals(sender);
    }
}
