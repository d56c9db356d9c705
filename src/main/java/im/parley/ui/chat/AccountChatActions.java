package im.parley.ui.chat;

import im.parley.client.Account;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.util.Objects;
import java.util.Set;

/**
 * {@link ChatActions} on an {@link Account}. The account's correction, retraction, reaction,
 * reply, chat state, marker and attention calls come from a branch merged separately; until then
 * those lines throw, and the view-model reports the failure as a notice.
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
        throw new UnsupportedOperationException("needs Account.correct — merged separately");
    }

    @Override
    public void retract(Jid to, String originalId) {
        throw new UnsupportedOperationException("needs Account.retract — merged separately");
    }

    @Override
    public void react(Jid to, String messageId, Set<String> emojis) {
        throw new UnsupportedOperationException("needs Account.react — merged separately");
    }

    @Override
    public TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String body) {
        throw new UnsupportedOperationException("needs Account.reply — merged separately");
    }

    @Override
    public void chatState(Jid to, ChatState state) {
        throw new UnsupportedOperationException("needs Account.sendChatState — merged separately");
    }

    @Override
    public void markDisplayed(Jid peer, String messageId) {
        throw new UnsupportedOperationException("needs Account.markDisplayed — merged separately");
    }

    @Override
    public void attention(Jid to) {
        throw new UnsupportedOperationException("needs Account.attention — merged separately");
    }
}
