package im.parley.client.history;

import im.parley.archive.AttachmentRow;
import im.parley.archive.ConversationKind;
import im.parley.archive.Delivery;
import im.parley.archive.NewMessage;
import im.parley.client.DeliveryState;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.moderation.Moderations;
import im.parley.xmpp.ext.muc.Muc;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.oob.OobAttachment;
import im.parley.xmpp.ext.reply.Reply;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns one-to-one, room and room-private message stanzas into what the archive stores. */
final class MessageRows {
    private MessageRows() {
    }

    /**
     * The row for a chat message of the account {@code own}, incoming or outgoing as its sender
     * says. Only a stanza-id given by the user's own server is taken as the archive id
     * (XEP-0359 §4: anyone else's could be forged to hide a message behind another).
     *
     * @param archiveId the id MAM gave it, or null for a live message (then read from the stanza)
     * @param archiveTime the time MAM gave it, or null (then a delay stamp, if any)
     */
    static NewMessage of(Jid own, Message m, String archiveId, Instant archiveTime) {
        boolean outgoing = m.from() == null || m.from().bare().equals(own.bare());
        Jid peer = outgoing ? m.to() : m.from();
        String stanzaId = archiveId != null ? archiveId
                : StableIds.stanzaId(m, own.bare()).map(StanzaId::id).orElse(null);
        Instant serverTime = archiveTime != null ? archiveTime : Delay.of(m).map(Delay::stamp).orElse(null);
        Reply reply = Reply.of(m).orElse(null);
        String body = reply != null ? ReplyFallback.strip(m) : m.body().orElse("");
        List<AttachmentRow> attachments = new ArrayList<>();
        for (OobAttachment a : OobAttachment.of(m)) {
            attachments.add(new AttachmentRow(a.url().toString(), a.desc(), null, null, null, null));
        }
        boolean roomPrivate = isRoomPrivate(m, peer);
        // A room's conversations match copies by sender too: the user's own are the account's, from any device.
        String sender = m.from() == null ? own.toString() : roomPrivate && outgoing ? own.bare().toString() : m.from().toString();
        return new NewMessage(roomPrivate ? peer.toString() : peer.bare().toString(),
                roomPrivate ? ConversationKind.ROOM_PRIVATE : ConversationKind.CHAT, outgoing, sender, null, m.id(),
                StableIds.originId(m).map(OriginId::id).orElse(null), stanzaId, serverTime, Instant.now(), body,
                null, reply == null ? null : reply.id(), reply == null || reply.to() == null ? null : reply.to().toString(),
                outgoing ? Delivery.SENT : Delivery.PENDING, attachments, MessageStyling.unstyled(m));
    }

    /**
     * Whether a chat message with {@code peer} is a private one with a room's occupant: to or from
     * an occupant JID, marked as such (XEP-0045 §7.5; the carbons of the user's own from another
     * device carry the mark too, XEP-0280's rules for MUC messages). It then belongs to that occupant's
     * conversation, not to a one-to-one chat with the room.
     */
    static boolean isRoomPrivate(Message m, Jid peer) {
        return peer.resource() != null && m.payload("x", Muc.USER).isPresent();
    }

    /**
     * The row for a message in a room (the room's bare JID is the conversation) or a private one
     * through it (the occupant JID is); null for other room events. The sender is the occupant
     * JID, with the room's occupant id when it gives one; only the room's own stanza-id is taken.
     * History the room replays on joining is stored as already read.
     */
    static NewMessage ofRoom(RoomEvent event) {
        if (event instanceof RoomEvent.RoomMessage rm) {
            Message m = rm.message();
            Delivery delivery = rm.mine() ? Delivery.SENT : rm.history() ? Delivery.DISPLAYED : Delivery.PENDING;
            return roomRow(rm.room().toString(), ConversationKind.ROOM, rm.mine(), m, rm.occupantId(),
                    StableIds.stanzaId(m, rm.room()).map(StanzaId::id).orElse(null),
                    Delay.of(m).map(Delay::stamp).orElse(null), delivery);
        }
        if (event instanceof RoomEvent.PrivateMessage pm) {
            Message m = pm.message();
            return roomRow(pm.from().toString(), ConversationKind.ROOM_PRIVATE, false, m, pm.occupantId(),
                    StableIds.stanzaId(m, pm.room()).map(StanzaId::id).orElse(null),
                    Delay.of(m).map(Delay::stamp).orElse(null), Delivery.PENDING);
        }
        return null;
    }

    /**
     * The row for one message of a room's archive (XEP-0313), or null for what is not a message
     * to the room from one of its occupants with a body or a moderation's tombstone (XEP-0425) in
     * its place. The archive id is its stanza id, as the room's live copy carries it, so the two
     * are stored once.
     */
    static NewMessage ofArchivedRoom(Jid room, String ownNick, ArchivedMessage a) {
        Message m = a.message();
        if (m.type() != Message.Type.GROUPCHAT || m.from() == null
                || !m.from().bare().equals(room.bare()) || m.from().resource() == null
                || (m.body().isEmpty() && Moderations.tombstone(m).isEmpty())) {
            return null;
        }
        boolean mine = m.from().resource().equals(ownNick);
        return roomRow(room.bare().toString(), ConversationKind.ROOM, mine, m, null, a.id(), a.stamp(),
                mine ? Delivery.SENT : Delivery.PENDING);
    }

    private static NewMessage roomRow(String conversation, ConversationKind kind, boolean outgoing, Message m,
                                      String occupantId, String stanzaId, Instant serverTime, Delivery delivery) {
        return new NewMessage(conversation, kind, outgoing, m.from().toString(), occupantId, m.id(),
                StableIds.originId(m).map(OriginId::id).orElse(null), stanzaId, serverTime, Instant.now(),
                m.body().orElse(""), null, null, null, delivery, List.of(), MessageStyling.unstyled(m));
    }

    /** The same row as already read: history brought in from elsewhere is not news. */
    static NewMessage read(NewMessage m) {
        return new NewMessage(m.conversation(), m.kind(), m.outgoing(), m.sender(), m.occupantId(), m.messageId(),
                m.originId(), m.stanzaId(), m.serverTime(), m.localTime(), m.body(), m.xhtml(), m.replyToId(),
                m.replyToJid(), Delivery.DISPLAYED, m.attachments(), m.unstyled());
    }

    static Delivery delivery(DeliveryState state) {
        return state == DeliveryState.QUEUED ? Delivery.PENDING : Delivery.valueOf(state.name());
    }

    static DeliveryState deliveryState(Delivery delivery) {
        return delivery == Delivery.PENDING ? DeliveryState.QUEUED : DeliveryState.valueOf(delivery.name());
    }
}
