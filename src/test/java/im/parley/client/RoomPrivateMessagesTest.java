package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.muc.Muc;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.receipts.ReceiptRequest;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Private messages to a room's occupant (XEP-0045 §7.5) through the outbox, offline here. */
class RoomPrivateMessagesTest {
    private static final Jid ROOM = Jid.of("coven@chat.shakespeare.lit");
    private static final Jid WIFE = ROOM.withResource("secondwitch");
    private final List<AccountEvent> events = new ArrayList<>();
    private final Outbox outbox = new Outbox(events::add);
    private final RoomPrivateMessages pms = new RoomPrivateMessages(outbox, events::add, () -> null);

    @Test
    void aPrivateMessageIsEchoedQueuedAndGoesOutAsChatToTheOccupantMarkedAsThroughTheRoom() {
        TrackedMessage m = pms.send(WIFE, "I'll give thee a wind.");
        assertThat(events).containsExactly(new AccountEvent.MessageSent(m));
        assertThat(m.kind()).isEqualTo(new OutgoingKind.RoomPrivate());
        assertThat(outbox.queued()).containsExactly(m);

        Message stanza = Outbox.stanza(m);
        assertThat(stanza.type()).isEqualTo(Message.Type.CHAT);
        assertThat(stanza.to()).isEqualTo(WIFE);
        assertThat(stanza.body()).contains("I'll give thee a wind.");
        assertThat(stanza.payload("x", Muc.USER)).as("§7.5: sent through the room").isPresent();
        assertThat(StableIds.originId(stanza).map(OriginId::id)).contains(m.originId());
        assertThat(stanza.id()).isEqualTo(m.originId());
        assertThat(stanza.payload("request", ReceiptRequest.NAMESPACE)).as("no receipt asked of an occupant").isEmpty();
        assertThat(stanza.payload("markable", "urn:xmpp:chat-markers:0")).as("nor a marker").isEmpty();
    }

    @Test
    void aPrivateMessageNeedsAnOccupantJid() {
        assertThatThrownBy(() -> pms.send(ROOM, "to the whole room?")).isInstanceOf(IllegalArgumentException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void theRoomRefusingAPrivateMessageFailsIt() {
        TrackedMessage m = pms.send(WIFE, "hello?");
        pms.observe(new AccountEvent.RoomChanged(new RoomEvent.MessageRefused(ROOM, "someone-elses",
                StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE))));
        assertThat(events).hasSize(1);

        pms.observe(new AccountEvent.RoomChanged(new RoomEvent.MessageRefused(ROOM, m.originId(),
                StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND))));
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(AccountEvent.DeliveryChanged.class, d -> {
            assertThat(d.message().originId()).isEqualTo(m.originId());
            assertThat(d.message().state()).isEqualTo(DeliveryState.FAILED);
        });
    }

    @Test
    void readingThePrivateConversationIsToldForTheOccupantAlone() {
        pms.markRead(WIFE, "their-id");
        assertThat(events).containsExactly(new AccountEvent.ConversationRead(WIFE, "their-id"));
    }
}
