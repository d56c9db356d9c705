package im.parley.client;

import im.parley.client.call.Call;
import im.parley.client.call.CallRecord;
import im.parley.client.profile.ProfileChange;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.util.List;
import java.util.Set;

/**
 * Everything that happens on an account, as one ordered stream: the faces (the app, the command
 * line's watch) and the archive consume it. Later features add their own event types here.
 */
public sealed interface AccountEvent {
    /** The connection changed state. */
    record ConnectionChanged(AccountState state) implements AccountEvent {
    }

    /**
     * A fresh session was brought up to where the last one was: roster fetched, carbons and
     * client state restored, presence sent, the hooks run, queued messages sent.
     */
    record BroughtUp() implements AccountEvent {
    }

    /** A chat message from a contact, its formatting already made safe. */
    record MessageReceived(ChatMessage message, String originId) implements AccountEvent {
    }

    /** The local echo of a message the user sent, at once, before it goes out. */
    record MessageSent(TrackedMessage message) implements AccountEvent {
    }

    /**
     * The local echo of the user changing an earlier message, at once, before it goes out: a
     * correction or retraction of their own message, or their reactions to any message; what it is
     * and which message it names is in {@code change.kind()}, the conversation is
     * {@code change.to()}. The local archive has applied it when this is told; its delivery
     * follows as {@link DeliveryChanged} events of the same origin-id.
     */
    record ChangeSent(TrackedMessage change) implements AccountEvent {
    }

    /**
     * The user read the conversation with {@code peer} on this device, up to the message
     * {@code upToId}: the local archive counts nothing unread there any more.
     */
    record ConversationRead(Jid peer, String upToId) implements AccountEvent {
    }

    /** A sent message moved on: sent, delivered, displayed, or failed. */
    record DeliveryChanged(TrackedMessage message) implements AccountEvent {
    }

    /**
     * A copy of a message another of the account's devices sent or received (XEP-0280),
     * {@code counterpart} being the contact of the conversation.
     */
    record CarbonCopied(CarbonCopy.Direction direction, Jid counterpart, Message message) implements AccountEvent {
    }

    /** A contact replaced one of their messages (XEP-0308). */
    record MessageCorrected(Jid from, String replacesId, Message correction) implements AccountEvent {
    }

    /** A contact retracted one of their messages (XEP-0424). */
    record MessageRetracted(Jid from, String retractedId) implements AccountEvent {
    }

    /** A contact's reactions to a message, replacing their previous set (XEP-0444). */
    record ReactionsChanged(Jid from, String messageId, Set<String> emojis) implements AccountEvent {
        public ReactionsChanged {
            emojis = Set.copyOf(emojis);
        }
    }

    /** A receipt (XEP-0184) for a message that was not the user's own tracked one. */
    record ReceiptReceived(Jid from, String messageId) implements AccountEvent {
    }

    /** A chat marker (XEP-0333) from a contact. */
    record MarkerReceived(Jid from, Marker marker) implements AccountEvent {
    }

    /**
     * A contact asks for the user's attention (XEP-0224): only from the roster, never a delayed
     * (replayed) one, as the XEP's security and business rules say.
     */
    record AttentionRequested(Jid from) implements AccountEvent {
    }

    /** A contact is typing, paused, gone... (XEP-0085). */
    record ChatStateChanged(Jid from, ChatState state) implements AccountEvent {
    }

    /** A contact's device came, changed or went (available or unavailable presence). */
    record PresenceChanged(Presence presence) implements AccountEvent {
    }

    /** The roster changed: items added or updated, removed, or the whole roster replaced. */
    record RosterChanged(List<RosterItem> updated, List<Jid> removed, boolean replaced) implements AccountEvent {
        public RosterChanged {
            updated = List.copyOf(updated);
            removed = List.copyOf(removed);
        }
    }

    /** Someone asks to see the user's presence, or answered the user's request. */
    record SubscriptionChanged(SubscriptionEvent event) implements AccountEvent {
    }

    /** Someone suggests changes to the roster (XEP-0144); nothing is applied until the user accepts. */
    record RosterOffered(RosterOffer offer) implements AccountEvent {
    }

    /**
     * Progress of fetching history from a server archive (XEP-0313) into the local archive:
     * {@code stored} new messages so far; {@code done} once caught up; {@code failure} when it
     * stopped on an error (then it is tried again with the next fresh session).
     */
    record HistorySynced(Jid archive, int stored, boolean done, String failure) implements AccountEvent {
    }

    /**
     * The local archive could not store an event (a full disk, a damaged file): it was shown all
     * the same, but will not be in the history.
     */
    record StorageFailed(String reason, AccountEvent event) implements AccountEvent {
    }

    /**
     * Something happened in a group room (XEP-0045): joined, left, an occupant came, changed or
     * went, a message, the subject, an invitation... The room events are their own type, kept in
     * the engine, so this stream stays short.
     */
    record RoomChanged(RoomEvent event) implements AccountEvent {
    }

    /**
     * One of the user's clients (this one too) bookmarked a room, changed its bookmark or removed
     * it (XEP-0402); the rooms follow on their own, as {@link RoomChanged} events.
     */
    record BookmarkChanged(BookmarkEvent event) implements AccountEvent {
    }

    /**
     * A contact (or the user, from any device) published or cleared a profile item: mood, avatar...
     * An account with an archive has kept it (and the avatar's bytes) when this is told.
     */
    record ProfileChanged(ProfileChange change) implements AccountEvent {
    }

    /** The user saw everything in the room so far: nothing there counts as unread any more. */
    record RoomRead(Jid room) implements AccountEvent {
    }

    /** A call is ringing (XEP-0353 or a direct Jingle offer). */
    record CallOffered(Call call) implements AccountEvent {
    }

    /**
     * A call placed or received here is over, however it ended; the local archive has it in the
     * conversation's history when this is told, and tells it once.
     */
    record CallEnded(CallRecord call) implements AccountEvent {
    }
}
