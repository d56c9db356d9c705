package im.parley.ui.chat;

import im.parley.client.Account;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.util.Objects;
import java.util.Set;

/**
 * {@link ChatActions} on an {@link Account}: each goes through the account's outbox or session,
 * and what goes into the archive is the account's business.
 */
public final class AccountChatActions implements ChatActions {
    private final Account account;

    public AccountChatActions(Account account) {
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public TrackedMessage send(Jid to, String body) {
        return account.send(to, body);
    }

    @Override
    public TrackedMessage correct(Jid to, String originalId, String newBody) {
        return account.correct(to, originalId, newBody);
    }

    @Override
    public void retract(Jid to, String originalId) {
        account.retract(to, originalId);
    }

    @Override
    public void react(Jid to, String messageId, Set<String> emojis) {
        account.react(to, messageId, emojis);
    }

    @Override
    public TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String quotedText, String body) {
        return account.reply(to, body, replyToId, replyToSender, quotedText);
    }

    @Override
    public void chatState(Jid to, ChatState state) {
        account.sendChatState(to, state);
    }

    @Override
    public void markDisplayed(Jid peer, String messageId) {
        account.markDisplayed(peer, messageId);
    }

    @Override
    public void attention(Jid to) {
        // Called off the UI thread: waiting lets a refusal (offline) reach the conversation's notice.
        account.attention(to).join();
    }
}
