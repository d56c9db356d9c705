package im.parley.client.history;

import im.parley.archive.ConversationKind;
import im.parley.archive.MessageStore;
import im.parley.archive.Reference;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Messages that change an earlier one rather than add to the conversation: a correction
 * (XEP-0308), a retraction (XEP-0424) or reactions (XEP-0444), however they arrived (a carbon, a
 * page of the server's archive, an import). The sender of the change must be the sender of what
 * it changes; the store checks that.
 */
final class MessageChanges {
    private MessageChanges() {
    }

    static boolean isChange(Message m) {
        return Replace.of(m).isPresent() || Retract.of(m).isPresent() || Reactions.of(m).isPresent();
    }

    /**
     * Applies {@code m} to the message it names when it is a change; false when it is not one.
     * The direction comes from its sender: the account's own address means the user sent it.
     *
     * @param archiveId the change's own archive id, its id when it has no other
     */
    static boolean apply(MessageStore store, long accountId, Jid own, Message m, Instant at, String archiveId) {
        boolean outgoing = m.from() == null || m.from().bare().equals(own.bare());
        Jid peerJid = outgoing ? m.to() : m.from();
        if (peerJid == null) {
            return false;
        }
        String peer = peerJid.bare().toString();
        String sender = (outgoing ? own.bare() : m.from().bare()).toString();
        Optional<Replace> replace = Replace.of(m);
        if (replace.isPresent()) {
            String correctionId = StableIds.originId(m).map(OriginId::id).orElse(m.id() != null ? m.id() : archiveId);
            store.correct(accountId, Reference.chat(peer, replace.get().id(), outgoing, sender), m.body().orElse(""),
                    null, MessageStyling.unstyled(m), correctionId, at);
            return true;
        }
        Optional<Retract> retract = Retract.of(m);
        if (retract.isPresent()) {
            store.retract(accountId, Reference.chat(peer, retract.get().id(), outgoing, sender), at);
            return true;
        }
        Optional<Reactions> reactions = Reactions.of(m);
        if (reactions.isPresent()) {
            store.react(accountId, new Reference(peer, ConversationKind.CHAT, reactions.get().id(), null, null), sender,
                    new ArrayList<>(reactions.get().emojis()), at);
            return true;
        }
        return false;
    }
}
