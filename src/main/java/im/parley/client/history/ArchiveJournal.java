package im.parley.client.history;

import im.parley.archive.ConversationKind;
import im.parley.archive.Delivery;
import im.parley.archive.Insertion;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import im.parley.archive.Reference;
import im.parley.archive.StoredMessage;
import im.parley.client.AccountEvent;
import im.parley.client.AccountJournal;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The local archive as an account's journal: messages, corrections, retractions, reactions and
 * delivery states are committed before the account tells anyone of them, and a message the
 * archive holds already (the same one live, as a carbon, from MAM) is not told twice.
 */
public final class ArchiveJournal implements AccountJournal {
    private final Jid own;
    private final long accountId;
    private final MessageStore store;
    private final MessageQueries queries;

    public ArchiveJournal(Jid own, long accountId, MessageStore store, MessageQueries queries) {
        this.own = own.bare();
        this.accountId = accountId;
        this.store = store;
        this.queries = queries;
    }

    @Override
    public AccountEvent record(AccountEvent event) {
        if (event instanceof AccountEvent.MessageReceived received) {
            return stored(received.message().stanza()) ? event : null;
        }
        if (event instanceof AccountEvent.CarbonCopied carbon) {
            return carbon(carbon) ? event : null;
        }
        if (event instanceof AccountEvent.MessageSent sent) {
            TrackedMessage m = sent.message();
            store.insert(accountId, new NewMessage(m.to().bare().toString(), ConversationKind.CHAT, true,
                    own.toString(), null, m.originId(), m.originId(), null, null, m.created(), m.body(), null, null,
                    null, MessageRows.delivery(m.state()), List.of()));
        } else if (event instanceof AccountEvent.DeliveryChanged changed) {
            TrackedMessage m = changed.message();
            store.advance(accountId, Reference.chat(m.to().bare().toString(), m.originId(), true, null),
                    MessageRows.delivery(m.state()), m.failure());
        } else if (event instanceof AccountEvent.MessageCorrected corrected) {
            MessageChanges.apply(store, accountId, own, corrected.correction(), Instant.now(), null);
        } else if (event instanceof AccountEvent.MessageRetracted retracted) {
            store.retract(accountId, Reference.chat(retracted.from().bare().toString(), retracted.retractedId(),
                    false, retracted.from().bare().toString()), Instant.now());
        } else if (event instanceof AccountEvent.ReactionsChanged reactions) {
            store.react(accountId, new Reference(reactions.from().bare().toString(), ConversationKind.CHAT,
                    reactions.messageId(), null, null), reactions.from().bare().toString(),
                    new ArrayList<>(reactions.emojis()), Instant.now());
        } else if (event instanceof AccountEvent.ReceiptReceived receipt) {
            // A receipt for a message sent from another of the user's devices.
            store.advance(accountId, Reference.chat(receipt.from().bare().toString(), receipt.messageId(), true, null),
                    Delivery.DELIVERED, null);
        } else if (event instanceof AccountEvent.MarkerReceived marker) {
            store.advance(accountId, Reference.chat(marker.from().bare().toString(), marker.marker().id(), true, null),
                    marker.marker().kind().compareTo(Marker.Kind.DISPLAYED) >= 0 ? Delivery.DISPLAYED : Delivery.DELIVERED,
                    null);
        }
        return event;
    }

    /** Stores a chat message; false when the archive had it already. */
    private boolean stored(Message m) {
        NewMessage row = MessageRows.of(own, m, null, null);
        Insertion i = store.insert(accountId, row);
        return !i.duplicate();
    }

    private boolean carbon(AccountEvent.CarbonCopied carbon) {
        Message inner = carbon.message();
        if (MessageChanges.apply(store, accountId, own, inner, Instant.now(), null) || inner.body().isEmpty()) {
            return true;
        }
        return stored(inner);
    }

    @Override
    public List<TrackedMessage> queued() {
        List<TrackedMessage> out = new ArrayList<>();
        for (StoredMessage m : queries.queued(accountId)) {
            try {
                out.add(new TrackedMessage(m.originId() != null ? m.originId() : m.messageId(),
                        Jid.of(m.conversation()), m.body(), m.localTime(), MessageRows.deliveryState(m.delivery()), null));
            } catch (RuntimeException e) {
                // A row we cannot send again (no id, a damaged address) stays in the history only.
                java.util.logging.Logger.getLogger(ArchiveJournal.class.getName())
                        .warning("queued message " + m.key() + " cannot be sent again: " + e.getMessage());
            }
        }
        return out;
    }
}
