package im.parley.ui.conversations;

import im.parley.client.history.ConversationSummary;
import im.parley.ui.chat.ChatText;

/** The one line under a conversation's name in the sidebar: its last message. Pure. */
final class LastMessagePreview {
    private LastMessagePreview() {
    }

    /**
     * "You: text" for the user's own message; a /me action as "* You waves" or "* Alice waves",
     * and in a room, whose summary does not say who acted, "* waves". A room nobody has written in
     * yet says so, rather than leave its line empty.
     */
    static String of(ConversationSummary c, String peerName) {
        if (c.lastBody() == null) {
            return c.room() ? "No messages yet" : "";
        }
        String body = c.lastBody().replace('\n', ' ');
        if (ChatText.isAction(body)) {
            String actor = c.lastOutgoing() ? "You " : c.room() ? "" : peerName + " ";
            return "* " + actor + ChatText.actionText(body);
        }
        return (c.lastOutgoing() ? "You: " : "") + body;
    }
}
