package im.parley.client;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the user sent, as the outbox tracks it: its origin-id (XEP-0359, also the stanza id)
 * names it in every later event, receipt and marker.
 *
 * @param to the contact, or the room's bare JID for a message to a group room
 * @param body what the user wrote: without a reply's quote; for a retraction, its fallback text;
 *     empty for reactions
 * @param failure why it failed, only in {@link DeliveryState#FAILED}
 * @param kind a plain message, a reply, or a change of an earlier message
 * @param asOccupant for a message to a group room, the user's own occupant JID (room/nick) it goes
 *     out as; null in one-to-one chats
 */
public record TrackedMessage(String originId, Jid to, String body, Instant created, DeliveryState state,
                             String failure, OutgoingKind kind, Jid asOccupant) {
    public TrackedMessage {
        Objects.requireNonNull(originId, "originId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
    }

    /** A message of a one-to-one chat. */
    public TrackedMessage(String originId, Jid to, String body, Instant created, DeliveryState state, String failure,
                          OutgoingKind kind) {
        this(originId, to, body, created, state, failure, kind, null);
    }

    /** A plain message of a one-to-one chat. */
    public TrackedMessage(String originId, Jid to, String body, Instant created, DeliveryState state, String failure) {
        this(originId, to, body, created, state, failure, new OutgoingKind.Plain());
    }

    TrackedMessage withState(DeliveryState next, String reason) {
        return new TrackedMessage(originId, to, body, created, next, next == DeliveryState.FAILED ? reason : null, kind,
                asOccupant);
    }

    /** Whether it goes to a group room (type groupchat), rather than to a contact. */
    public boolean toRoom() {
        return asOccupant != null;
    }
}
