package im.parley.client.history;

import im.parley.archive.CallLog;
import im.parley.archive.ConversationKind;
import im.parley.archive.Delivery;
import im.parley.archive.Insertion;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.NewMessage;
import im.parley.archive.OutboxAction;
import im.parley.archive.OutboxActions;
import im.parley.archive.Reference;
import im.parley.archive.StoredMessage;
import im.parley.client.AccountEvent;
import im.parley.client.AccountJournal;
import im.parley.client.DeliveryState;
import im.parley.client.OutgoingKind;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The local archive as an account's journal: messages, corrections, retractions, reactions,
 * delivery states and moderators' retractions of room messages are committed before the account
 * tells anyone of them, and a message (or moderation) the archive holds already (the same one live, as a carbon, from MAM) is not told twice. The user's
 * own replies and changes are also kept in the outbox's actions until the server has them. A call
 * that ended goes into the call log, once per call session. A profile change replaces (or, cleared,
 * removes) the person's kept item of its kind; an avatar's bytes are kept already, by the profile
 * service, before it tells of the avatar.
 */
public final class ArchiveJournal implements AccountJournal {
    private static final Logger LOG = Logger.getLogger(ArchiveJournal.class.getName());
    private final Jid own;
    private final long accountId;
    private final MessageStore store;
    private final MessageQueries queries;
    private final OutboxActions actions;
    private final CallLog calls;
    private final ArchivedProfiles profiles;

    ArchiveJournal(Jid own, long accountId, MessageStore store, MessageQueries queries, OutboxActions actions,
                   CallLog calls, ArchivedProfiles profiles) {
        this.own = own.bare();
        this.accountId = accountId;
        this.store = store;
        this.queries = queries;
        this.actions = actions;
        this.calls = calls;
        this.profiles = profiles;
    }

    @Override
    public AccountEvent record(AccountEvent event) {
        if (event instanceof AccountEvent.MessageReceived received) {
            return stored(received.message().stanza()) ? event : null;
        }
        if (event instanceof AccountEvent.CarbonCopied carbon) {
            return carbon(carbon) ? event : null;
        }
        if (event instanceof AccountEvent.RoomChanged room && room.event() instanceof RoomEvent.MessageModerated m) {
            // Told once: the same moderation again (replayed history, another copy) changes nothing.
            return RoomModeration.apply(store, accountId, m.room(), m.stanzaId(), m.by(), m.reason(), Instant.now())
                    == MessageStore.Moderation.ALREADY_APPLIED ? null : event;
        }
        if (event instanceof AccountEvent.RoomChanged room && room.event() instanceof RoomEvent.NickChanged renamed
                && !renamed.self()) {
            // The private conversation with them goes on under their new nick.
            store.renamePrivateConversation(accountId, renamed.before().jid().toString(), renamed.after().jid().toString());
            return event;
        }
        if (event instanceof AccountEvent.RoomChanged room) {
            NewMessage row = MessageRows.ofRoom(room.event());
            // The echo of the user's own message is told even though its local echo is stored: it
            // brings the room's stanza-id, which the view needs to name the message later.
            return row == null || !store.insert(accountId, row).duplicate() || row.outgoing() ? event : null;
        }
        if (event instanceof AccountEvent.CallEnded ended) {
            return calls.insert(accountId, CallRows.of(ended.call())) ? event : null;
        }
        if (event instanceof AccountEvent.MessageSent sent) {
            TrackedMessage m = sent.message();
            OutgoingKind.Reply reply = m.kind() instanceof OutgoingKind.Reply r ? r : null;
            if (reply != null) {
                actions.add(accountId, OwnActions.of(m));
            }
            store.insert(accountId, new NewMessage(conversation(m), kind(m), true,
                    m.toRoom() ? m.asOccupant().toString() : own.toString(), null, m.originId(), m.originId(), null,
                    null, m.created(), m.body(), null,
                    reply == null ? null : reply.replyToId(),
                    reply == null || reply.replyToSender() == null ? null : reply.replyToSender().toString(),
                    MessageRows.delivery(m.state()), List.of()));
        } else if (event instanceof AccountEvent.ChangeSent sent) {
            // Queued first: should the process end before the change is applied here, it still goes
            // out, and comes back from the server's archive to be applied then.
            actions.add(accountId, OwnActions.of(sent.change()));
            OwnActions.apply(store, accountId, own, sent.change());
        } else if (event instanceof AccountEvent.DeliveryChanged changed) {
            TrackedMessage m = changed.message();
            if (!m.kind().changesEarlier()) {
                store.advance(accountId, new Reference(conversation(m), kind(m), m.originId(), true, null),
                        MessageRows.delivery(m.state()), m.failure());
            }
            boolean keptAsAction = m.kind() instanceof OutgoingKind.Reply || m.kind().changesEarlier();
            if (keptAsAction && m.state() != DeliveryState.QUEUED) {
                actions.sent(accountId, m.originId());
            }
        } else if (event instanceof AccountEvent.ProfileChanged changed) {
            profiles.record(changed.change());
        } else if (event instanceof AccountEvent.ConversationRead read) {
            // An occupant JID (room@service/nick) names a private conversation in a room.
            boolean occupant = read.peer().resource() != null;
            store.markRead(accountId, occupant ? read.peer().toString() : read.peer().bare().toString(),
                    occupant ? ConversationKind.ROOM_PRIVATE : ConversationKind.CHAT);
        } else if (event instanceof AccountEvent.RoomRead read) {
            store.markRead(accountId, read.room().toString(), ConversationKind.ROOM);
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

    /** The conversation a message the user sent belongs to: the contact's, the room's, or one occupant's of a room. */
    private static String conversation(TrackedMessage m) {
        return m.kind() instanceof OutgoingKind.RoomPrivate ? m.to().toString() : m.to().bare().toString();
    }

    private static ConversationKind kind(TrackedMessage m) {
        if (m.kind() instanceof OutgoingKind.RoomPrivate) {
            return ConversationKind.ROOM_PRIVATE;
        }
        return m.toRoom() ? ConversationKind.ROOM : ConversationKind.CHAT;
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

    /**
     * Plain messages come from the message rows still queued; replies and changes from the
     * outbox's actions, which say what they do (a queued reply has both: its action wins).
     */
    @Override
    public List<TrackedMessage> queued() {
        Map<String, TrackedMessage> out = new LinkedHashMap<>();
        for (StoredMessage m : queries.queued(accountId)) {
            try {
                TrackedMessage t = new TrackedMessage(m.originId() != null ? m.originId() : m.messageId(),
                        Jid.of(m.conversation()), m.body(), m.localTime(), MessageRows.deliveryState(m.delivery()), null,
                        m.kind() == ConversationKind.ROOM_PRIVATE ? new OutgoingKind.RoomPrivate() : new OutgoingKind.Plain(),
                        m.kind() == ConversationKind.ROOM ? Jid.of(m.sender()) : null);
                out.put(t.originId(), t);
            } catch (RuntimeException e) {
                // A row we cannot send again (no id, a damaged address) stays in the history only.
                LOG.warning("queued message " + m.key() + " cannot be sent again: " + e.getMessage());
            }
        }
        for (OutboxAction a : actions.queued(accountId)) {
            try {
                out.put(a.originId(), OwnActions.tracked(a));
            } catch (RuntimeException e) {
                LOG.warning("queued " + a.kind() + " " + a.originId() + " cannot be sent again: " + e.getMessage());
            }
        }
        List<TrackedMessage> oldestFirst = new ArrayList<>(out.values());
        oldestFirst.sort(Comparator.comparing(TrackedMessage::created));
        return oldestFirst;
    }
}
