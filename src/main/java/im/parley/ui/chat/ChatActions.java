package im.parley.ui.chat;

import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.util.Set;

/**
 * What a conversation view asks of the account. The view-model calls these off the FX thread;
 * they may block briefly (they only queue a stanza).
 */
public interface ChatActions {
    TrackedMessage send(Jid to, String body);

    /** Replaces the user's message {@code originalId} (XEP-0308). */
    TrackedMessage correct(Jid to, String originalId, String newBody);

    /** Withdraws the user's message {@code originalId} (XEP-0424). */
    void retract(Jid to, String originalId);

    /** Sets the user's reactions to {@code messageId}, replacing earlier ones; empty removes them (XEP-0444). */
    void react(Jid to, String messageId, Set<String> emojis);

    /**
     * Sends {@code body} as a reply to {@code replyToId}, written by {@code replyToSender}
     * (XEP-0461); {@code quotedText} is the quote older clients see instead.
     */
    TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String quotedText, String body);

    /** Tells the contact whether the user is typing (XEP-0085). */
    void chatState(Jid to, ChatState state);

    /** Tells the contact the user has seen their message {@code messageId} and all before (XEP-0333). */
    void markDisplayed(Jid peer, String messageId);

    /** Asks for the contact's attention (XEP-0224). */
    void attention(Jid to);

    /**
     * Whether the user may reply to, edit, remove and react to messages here; the view offers none
     * of it where not (a private conversation in a room).
     */
    default boolean changesMessages() {
        return true;
    }
}
