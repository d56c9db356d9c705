package im.parley.client.history;

import im.parley.archive.ConversationKind;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxAction;
import im.parley.archive.Reference;
import im.parley.client.DeliveryState;
import im.parley.client.OutgoingKind;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The user's own replies and changes of earlier messages in the archive: applied to the stored
 * message they name at once, and kept as outbox actions until the server has them.
 */
final class OwnActions {
    private OwnActions() {
    }

    /**
     * Applies the user's correction, retraction or reactions to the stored message it names. The
     * correction's origin-id is kept with the old text, so its copy from the server's archive or a
     * carbon is not applied a second time.
     */
    static void apply(MessageStore store, long accountId, Jid own, TrackedMessage change) {
        String peer = change.to().bare().toString();
        String self = own.bare().toString();
        OutgoingKind kind = change.kind();
        if (kind instanceof OutgoingKind.Correction c) {
            store.correct(accountId, Reference.chat(peer, c.replacesId(), true, self), change.body(), null,
                    false, change.originId(), change.created());
        } else if (kind instanceof OutgoingKind.Retraction r) {
            store.retract(accountId, Reference.chat(peer, r.retractedId(), true, self), change.created());
        } else if (kind instanceof OutgoingKind.Reactions r) {
            store.react(accountId, new Reference(peer, ConversationKind.CHAT, r.messageId(), null, null), self,
                    new ArrayList<>(r.emojis()), change.created());
        } else {
            throw new IllegalArgumentException("not a change of an earlier message: " + kind);
        }
    }

    /** The outbox action of a reply or change. */
    static OutboxAction of(TrackedMessage m) {
        String peer = m.to().bare().toString();
        OutgoingKind kind = m.kind();
        if (kind instanceof OutgoingKind.Reply r) {
            return new OutboxAction(m.originId(), peer, OutboxAction.Kind.REPLY, r.replyToId(),
                    r.replyToSender() == null ? null : r.replyToSender().toString(), m.body(), r.quotedText(), List.of(),
                    m.created());
        }
        if (kind instanceof OutgoingKind.Correction c) {
            return action(m, OutboxAction.Kind.CORRECTION, c.replacesId(), List.of());
        }
        if (kind instanceof OutgoingKind.Retraction r) {
            return action(m, OutboxAction.Kind.RETRACTION, r.retractedId(), List.of());
        }
        if (kind instanceof OutgoingKind.Reactions r) {
            return action(m, OutboxAction.Kind.REACTIONS, r.messageId(), List.copyOf(r.emojis()));
        }
        throw new IllegalArgumentException("a plain message has no outbox action");
    }

    private static OutboxAction action(TrackedMessage m, OutboxAction.Kind kind, String target, List<String> emojis) {
        return new OutboxAction(m.originId(), m.to().bare().toString(), kind, target, null, m.body(), null, emojis,
                m.created());
    }

    /** The queued message an outbox action stands for, as it was written. */
    static TrackedMessage tracked(OutboxAction a) {
        OutgoingKind kind = switch (a.kind()) {
            case REPLY -> new OutgoingKind.Reply(a.targetId(), a.targetJid() == null ? null : Jid.of(a.targetJid()),
                    a.quote() == null ? "" : a.quote());
            case CORRECTION -> new OutgoingKind.Correction(a.targetId());
            case RETRACTION -> new OutgoingKind.Retraction(a.targetId());
            case REACTIONS -> new OutgoingKind.Reactions(a.targetId(), new LinkedHashSet<>(a.emojis()));
        };
        return new TrackedMessage(a.originId(), Jid.of(a.peer()), a.body(), a.created(), DeliveryState.QUEUED, null, kind);
    }
}
