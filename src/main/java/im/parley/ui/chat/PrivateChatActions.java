package im.parley.ui.chat;

import im.parley.client.RoomPrivateMessages;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.util.Set;

/**
 * {@link ChatActions} of a private conversation with a room's occupant: new messages go through
 * the room; reading marks the conversation read here and tells the occupant nothing, as chat
 * states and attention requests do not go to occupants either. Replies, edits, removals and
 * reactions are not offered ({@link #changesMessages}).
 */
final class PrivateChatActions implements ChatActions {
    private final RoomPrivateMessages messages;

    PrivateChatActions(RoomPrivateMessages messages) {
        this.messages = messages;
    }

    @Override
    public TrackedMessage send(Jid to, String body) {
        return messages.send(to, body);
    }

    @Override
    public TrackedMessage correct(Jid to, String originalId, String newBody) {
        throw notOffered("edits");
    }

    @Override
    public void retract(Jid to, String originalId) {
        throw notOffered("removals");
    }

    @Override
    public void react(Jid to, String messageId, Set<String> emojis) {
        throw notOffered("reactions");
    }

    @Override
    public TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String quotedText, String body) {
        throw notOffered("replies");
    }

    @Override
    public void chatState(Jid to, ChatState state) {
        // Occupants are not told whether the user types: see the class comment.
    }

    @Override
    public void markDisplayed(Jid peer, String messageId) {
        messages.markRead(peer, messageId);
    }

    @Override
    public void attention(Jid to) {
        // Occupants are not asked for attention: see the class comment.
    }

    @Override
    public boolean changesMessages() {
        return false;
    }

    private static UnsupportedOperationException notOffered(String what) {
        return new UnsupportedOperationException(what + " are not offered in private messages in a room");
    }
}
