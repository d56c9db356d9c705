package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Chat actions that only write down what was asked, as "verb arguments" lines. */
class RecordingChatActions implements ChatActions {
    final List<String> calls = new CopyOnWriteArrayList<>();

    private TrackedMessage tracked(Jid to, String body) {
        return new TrackedMessage("o" + calls.size(), to, body, Instant.now(), DeliveryState.QUEUED, null);
    }

    @Override
    public TrackedMessage send(Jid to, String body) {
        calls.add("send " + to + " " + body);
        return tracked(to, body);
    }

    @Override
    public TrackedMessage correct(Jid to, String originalId, String newBody) {
        calls.add("correct " + originalId + " " + newBody);
        return tracked(to, newBody);
    }

    @Override
    public void retract(Jid to, String originalId) {
        calls.add("retract " + originalId);
    }

    @Override
    public void react(Jid to, String messageId, Set<String> emojis) {
        calls.add("react " + messageId + " " + emojis);
    }

    @Override
    public TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String quotedText, String body) {
        calls.add("reply " + replyToId + " " + replyToSender + " " + body);
        return tracked(to, body);
    }

    @Override
    public void chatState(Jid to, ChatState state) {
        calls.add("state " + state);
    }

    @Override
    public void markDisplayed(Jid peer, String messageId) {
        calls.add("displayed " + messageId);
    }

    @Override
    public void attention(Jid to) {
        calls.add("attention");
    }

    List<String> without(String prefix) {
        return calls.stream().filter(c -> !c.startsWith(prefix)).toList();
    }
}
