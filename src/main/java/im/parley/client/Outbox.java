package im.parley.client;

import im.parley.xmpp.ext.correction.Corrections;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.muc.MucUser;
import im.parley.xmpp.ext.muc.MucUserCodec;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The messages the user sent, from the local echo until they are displayed or have failed. Every
 * message gets an origin-id (XEP-0359), which is also its stanza id, so receipts, markers and
 * errors find it again. Messages written while offline wait here and go out once a session is
 * up; messages a failed resumption left unacknowledged go out again once, with the same
 * origin-id, so a receiver that got the first copy drops the second.
 *
 * <p>The account's journal (the local archive) keeps queued messages across a restart: the
 * account hands them back through {@link #restore} and they go out with the first session.
 *
 * <p>Messages to a group room go out as groupchat once the user is in the room (the account's
 * room service sends them on joining), and are delivered when the room echoes them back.
 */
final class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** Delivered-or-failed messages are forgotten beyond this many, oldest first. */
    private static final int SETTLED_KEPT = 2_000;
    private static final MucUserCodec MUC_USER = new MucUserCodec();

    private final Consumer<AccountEvent> publish;
    /** By origin-id, in the order written. */
    private final Map<String, TrackedMessage> messages = new LinkedHashMap<>();
    /** Origin-ids already resent once after a failed resumption. */
    private final Map<String, Boolean> resent = new LinkedHashMap<>();
    /**
     * Origin-ids sent and not yet acknowledged, each with the token of its sending: a flush does
     * not send them again (Stream Management resends them on a resumption; a room would show a
     * second copy).
     */
    private final Map<String, Object> inFlight = new HashMap<>();

    Outbox(Consumer<AccountEvent> publish) {
        this.publish = publish;
    }

    /** Tracks a new plain message as queued and publishes its local echo. */
    TrackedMessage add(Jid to, String body) {
        return add(to, body, new OutgoingKind.Plain());
    }

    /**
     * Tracks a new message of any kind as queued and publishes its local echo: a new line of the
     * conversation as {@link AccountEvent.MessageSent}, a change of an earlier one as
     * {@link AccountEvent.ChangeSent}.
     */
    TrackedMessage add(Jid to, String body, OutgoingKind kind) {
        return add(to, body, kind, null);
    }

    /** As above; {@code asOccupant} non-null for a message to the group room {@code to} (see {@link TrackedMessage}). */
    TrackedMessage add(Jid to, String body, OutgoingKind kind, Jid asOccupant) {
        TrackedMessage m = new TrackedMessage(UUID.randomUUID().toString(), to, body, Instant.now(),
                DeliveryState.QUEUED, null, kind, asOccupant);
        synchronized (this) {
            messages.put(m.originId(), m);
        }
        publish.accept(kind.changesEarlier() ? new AccountEvent.ChangeSent(m) : new AccountEvent.MessageSent(m));
        return m;
    }

    /** Takes back messages a previous run left queued, without a second local echo. */
    synchronized void restore(List<TrackedMessage> queued) {
        for (TrackedMessage m : queued) {
            messages.putIfAbsent(m.originId(), m);
        }
    }

    synchronized Optional<TrackedMessage> get(String originId) {
        return Optional.ofNullable(messages.get(originId));
    }

    synchronized List<TrackedMessage> queued() {
        List<TrackedMessage> out = new ArrayList<>();
        for (TrackedMessage m : messages.values()) {
            if (m.state() == DeliveryState.QUEUED) {
                out.add(m);
            }
        }
        return out;
    }

    /** The queued messages to the group room {@code room}, oldest first. */
    synchronized List<TrackedMessage> queuedFor(Jid room) {
        List<TrackedMessage> out = new ArrayList<>();
        for (TrackedMessage m : messages.values()) {
            if (m.state() == DeliveryState.QUEUED && m.toRoom() && m.to().equals(room.bare())) {
                out.add(m);
            }
        }
        return out;
    }

    /** A new session: nothing is in flight on it; what was is handed back by {@link #unacknowledged} or stays queued. */
    synchronized void newSession() {
        inFlight.clear();
    }

    /**
     * The stanza for a tracked message: chat, with origin-id. New lines ask for a receipt and are
     * markable; a correction asks for a receipt too, as it carries text the contact should get;
     * retractions and reactions carry the store hint their XEPs give and nothing to confirm. A
     * message to a room is groupchat and asks for nothing: the room's echo confirms it. A private
     * message to a room's occupant says it went through the room (XEP-0045 §7.5) and asks for
     * neither receipt nor marker, which would go to someone whose real address may be hidden.
     */
    static Message stanza(TrackedMessage m) {
        if (m.toRoom()) {
            return StableIds.withOriginId(Message.builder().type(Message.Type.GROUPCHAT).to(m.to()).id(m.originId())
                    .body(m.body()).build(), m.originId());
        }
        Message.Builder base = Message.builder().type(Message.Type.CHAT).to(m.to()).id(m.originId());
        OutgoingKind kind = m.kind();
        Message message;
        if (kind instanceof OutgoingKind.Reply reply) {
            message = Markable.attachTo(ReceiptManager.withRequest(
                    ReplyFallback.replyTo(reply.replyToSender(), reply.quotedText(), reply.replyToId(), base, m.body())));
        } else if (kind instanceof OutgoingKind.Correction correction) {
            message = ReceiptManager.withRequest(Corrections.correct(correction.replacesId(), base.body(m.body()).build()));
        } else if (kind instanceof OutgoingKind.Retraction retraction) {
            message = Retractions.retract(m.to(), retraction.retractedId(), m.originId());
        } else if (kind instanceof OutgoingKind.Reactions reactions) {
            message = new Reactions(reactions.messageId(), reactions.emojis()).toMessage(base);
        } else if (kind instanceof OutgoingKind.RoomPrivate) {
            message = base.body(m.body()).payload(MUC_USER.encode(MucUser.empty())).build();
        } else {
            message = Markable.attachTo(ReceiptManager.withRequest(base.body(m.body()).build()));
        }
        return StableIds.withOriginId(message, m.originId());
    }

    /**
     * Sends {@code m} on {@code client}, unless it is on its way already; it becomes sent once
     * the server acknowledged it.
     */
    void send(XmppClient client, TrackedMessage m) {
        Object sending = new Object();
        synchronized (this) {
            if (inFlight.putIfAbsent(m.originId(), sending) != null) {
                return;
            }
        }
        client.sendAcknowledged(stanza(m)).whenComplete((ok, error) -> {
            synchronized (this) {
                inFlight.remove(m.originId(), sending);
            }
            if (error == null) {
                advance(m.originId(), DeliveryState.SENT, null);
            } else {
                // Still queued: it goes out with the next session, or again after a failed resumption.
                LOG.fine(() -> "message " + m.originId() + " not acknowledged yet: " + error);
            }
        });
    }

    /**
     * A failed resumption handed these back. Our tracked messages among them go out again once;
     * a second loss marks them failed rather than risk more copies.
     */
    List<TrackedMessage> unacknowledged(List<Stanza> stanzas) {
        List<TrackedMessage> again = new ArrayList<>();
        for (Stanza s : stanzas) {
            if (!(s instanceof Message message) || message.id() == null) {
                continue;
            }
            Optional<TrackedMessage> tracked = get(message.id());
            if (tracked.isEmpty() || tracked.get().state().compareTo(DeliveryState.SENT) > 0) {
                continue;
            }
            boolean first;
            synchronized (this) {
                first = resent.put(message.id(), Boolean.TRUE) == null;
            }
            if (first) {
                synchronized (this) {
                    messages.put(message.id(), tracked.get().withState(DeliveryState.QUEUED, null));
                }
                again.add(tracked.get());
            } else {
                advance(message.id(), DeliveryState.FAILED, "lost twice with the connection");
            }
        }
        return again;
    }

    /** A receipt from the recipient; false when it is not for one of our tracked messages. */
    boolean receipt(Jid from, String id) {
        return fromRecipient(from, id) && advance(id, DeliveryState.DELIVERED, null);
    }

    /** A marker from the recipient; false when it is not for one of our tracked messages. */
    boolean marker(Jid from, Marker marker) {
        if (!fromRecipient(from, marker.id())) {
            return false;
        }
        if (marker.kind().compareTo(Marker.Kind.DISPLAYED) >= 0) {
            return advance(marker.id(), DeliveryState.DISPLAYED, null);
        }
        return advance(marker.id(), DeliveryState.DELIVERED, null);
    }

    /** An error answered a tracked message; false when the id is not ours. */
    boolean error(Jid from, String id, String reason) {
        return fromRecipient(from, id) && advance(id, DeliveryState.FAILED, reason);
    }

    /** A receipt, marker or error counts only from the contact the message went to. */
    private synchronized boolean fromRecipient(Jid from, String id) {
        TrackedMessage m = id == null ? null : messages.get(id);
        return m != null && !m.toRoom() && from != null && from.bare().equals(m.to().bare());
    }

    /** The room echoed one of the user's messages to it (by origin-id or id): delivered to the room. */
    boolean echoed(Jid room, String id) {
        return toRoom(room, id) && advance(id, DeliveryState.DELIVERED, null);
    }

    /** The room refused one of the user's messages to it. */
    boolean refused(Jid room, String id, String reason) {
        return toRoom(room, id) && advance(id, DeliveryState.FAILED, reason);
    }

    /** The user left {@code room} for good: what still waits for it cannot go out. */
    void roomLeft(Jid room, String reason) {
        for (TrackedMessage m : queuedFor(room)) {
            advance(m.originId(), DeliveryState.FAILED, reason);
        }
    }

    private synchronized boolean toRoom(Jid room, String id) {
        TrackedMessage m = id == null ? null : messages.get(id);
        return m != null && m.toRoom() && m.to().equals(room.bare());
    }

    /** Moves a message forward (never back) and tells subscribers; true when the id is ours. */
    boolean advance(String originId, DeliveryState next, String reason) {
        TrackedMessage updated;
        synchronized (this) {
            TrackedMessage m = messages.get(originId);
            if (m == null) {
                return false;
            }
            if (m.state() == DeliveryState.FAILED || m.state().compareTo(next) >= 0) {
                return true;
            }
            updated = m.withState(next, reason);
            messages.put(originId, updated);
            forgetSettled();
        }
        publish.accept(new AccountEvent.DeliveryChanged(updated));
        return true;
    }

    /** Nothing more can happen to it: displayed or failed; in a room, echoed (rooms send no markers). */
    private static boolean settled(TrackedMessage m) {
        return m.state() == DeliveryState.DISPLAYED || m.state() == DeliveryState.FAILED
                || m.toRoom() && m.state() == DeliveryState.DELIVERED;
    }

    private void forgetSettled() {
        if (messages.size() <= SETTLED_KEPT) {
            return;
        }
        messages.values().removeIf(m -> messages.size() > SETTLED_KEPT && settled(m));
        while (resent.size() > SETTLED_KEPT) {
            resent.remove(resent.keySet().iterator().next());
        }
    }
}
