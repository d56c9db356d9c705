package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import java.util.HashSet;
import java.util.Set;

/**
 * What the user does to the messages of one conversation, from their menu and buttons: react,
 * remove their own for everyone, send a failed one again, ask the contact for attention. Each
 * runs off the UI thread through the conversation's view-model, which re-reads what changed and
 * says in its notice what failed.
 */
public final class ChatMessageActions {
    private final ChatViewModel chat;

    ChatMessageActions(ChatViewModel chat) {
        this.chat = chat;
    }

    /** Sets the user's reactions to {@code message}: adds {@code emoji}, or takes it back when given already. */
    public void toggleReaction(HistoryMessage message, String emoji) {
        Set<String> mine = new HashSet<>(chat.layout().ownReactions(message));
        if (!mine.remove(emoji)) {
            mine.add(emoji);
        }
        chat.act("Reacting failed",
                () -> chat.actions().react(chat.peer(), ChatText.idForReference(message), Set.copyOf(mine)), message);
    }

    /** Withdraws one of the user's own messages for everyone (XEP-0424). */
    public void retract(HistoryMessage message) {
        if (message.outgoing() && !message.retracted()) {
            chat.act("Removing the message failed", () -> chat.actions().retract(chat.peer(), message.messageId()),
                    message);
        }
    }

    /** Sends a message that failed once more, as a new message. */
    public void retry(HistoryMessage message) {
        if (message.outgoing() && message.delivery() == DeliveryState.FAILED) {
            chat.act("Sending again failed", () -> chat.actions().send(chat.peer(), message.body()), null);
        }
    }

    /** Asks for the contact's attention (XEP-0224). */
    public void attention() {
        chat.act("Asking for attention failed", () -> chat.actions().attention(chat.peer()), null);
    }
}
