package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.reply.Reply;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.ext.receipts.ReceiptRequest;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox's delivery state machine, including a resumption that failed twice. */
class OutboxTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");
    private final List<AccountEvent> events = new ArrayList<>();
    private final Outbox outbox = new Outbox(events::add);

    private List<DeliveryState> states() {
        return events.stream().filter(e -> e instanceof AccountEvent.DeliveryChanged)
                .map(e -> ((AccountEvent.DeliveryChanged) e).message().state()).toList();
    }

    @Test
    void aNewMessageIsEchoedAsQueuedWithAnOriginIdThatIsAlsoItsStanzaId() {
        TrackedMessage m = outbox.add(JULIET, "Wherefore art thou?");
        assertThat(events).containsExactly(new AccountEvent.MessageSent(m));
        assertThat(m.state()).isEqualTo(DeliveryState.QUEUED);
        Message stanza = Outbox.stanza(m);
        assertThat(stanza.id()).isEqualTo(m.originId());
        assertThat(StableIds.originId(stanza).map(OriginId::id)).contains(m.originId());
        assertThat(stanza.payload("request", ReceiptRequest.NAMESPACE)).isPresent();
        assertThat(stanza.payload("markable", "urn:xmpp:chat-markers:0")).isPresent();
        assertThat(outbox.queued()).containsExactly(m);
    }

    @Test
    void statesOnlyMoveForwardAndOnlyTheRecipientMovesThem() {
        TrackedMessage m = outbox.add(JULIET, "hi");
        assertThat(outbox.advance(m.originId(), DeliveryState.SENT, null)).isTrue();
        assertThat(outbox.receipt(Jid.of("tybalt@capulet.lit/sword"), m.originId())).isFalse();
        assertThat(outbox.marker(JULIET.withResource("balcony"), Marker.displayed(m.originId()))).isTrue();
        assertThat(outbox.receipt(JULIET.withResource("balcony"), m.originId())).isTrue();
        assertThat(states()).containsExactly(DeliveryState.SENT, DeliveryState.DISPLAYED);
        assertThat(outbox.queued()).isEmpty();
        assertThat(outbox.receipt(JULIET, "not-ours")).isFalse();
    }

    @Test
    void anErrorFromTheRecipientsSideFailsTheMessageForGood() {
        TrackedMessage m = outbox.add(JULIET, "hi");
        assertThat(outbox.error(JULIET, m.originId(), "service-unavailable")).isTrue();
        outbox.advance(m.originId(), DeliveryState.DELIVERED, null);
        assertThat(states()).containsExactly(DeliveryState.FAILED);
        assertThat(outbox.get(m.originId()).orElseThrow().failure()).isEqualTo("service-unavailable");
    }

    @Test
    void aMessageLostWithAFailedResumptionGoesOutOnceMoreWithTheSameOriginIdThenFails() {
        TrackedMessage m = outbox.add(JULIET, "hi");
        TrackedMessage other = outbox.add(JULIET, "already acknowledged");
        outbox.advance(other.originId(), DeliveryState.SENT, null);
        List<Stanza> lost = List.of(Outbox.stanza(m), Message.builder().to(JULIET).id("foreign").body("x").build());

        List<TrackedMessage> again = outbox.unacknowledged(lost);
        assertThat(again).extracting(TrackedMessage::originId).containsExactly(m.originId());
        assertThat(outbox.queued()).extracting(TrackedMessage::originId).containsExactly(m.originId());

        assertThat(outbox.unacknowledged(lost)).isEmpty();
        assertThat(outbox.get(m.originId()).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void aCorrectionReplacesTheOriginalByItsIdAndIsToldAsAChangeNotAMessage() {
        TrackedMessage m = outbox.add(JULIET, "Wherefore art thou, Romeo?", new OutgoingKind.Correction("orig-1"));
        assertThat(events).containsExactly(new AccountEvent.ChangeSent(m));
        Message stanza = Outbox.stanza(m);
        assertThat(Replace.of(stanza)).contains(new Replace("orig-1"));
        assertThat(stanza.id()).isEqualTo(m.originId()).isNotEqualTo("orig-1");
        assertThat(StableIds.originId(stanza).map(OriginId::id)).contains(m.originId());
        assertThat(stanza.body()).contains("Wherefore art thou, Romeo?");
        assertThat(stanza.payload("request", ReceiptRequest.NAMESPACE)).isPresent();
        assertThat(stanza.payload("markable", "urn:xmpp:chat-markers:0")).isEmpty();
    }

    @Test
    void aRetractionCarriesTheFallbackBodyOfTheXep() {
        TrackedMessage m = outbox.add(JULIET, Retractions.FALLBACK_BODY, new OutgoingKind.Retraction("orig-1"));
        Message stanza = Outbox.stanza(m);
        assertThat(Retract.of(stanza)).contains(new Retract("orig-1"));
        assertThat(stanza.body()).contains(Retractions.FALLBACK_BODY);
        assertThat(stanza.payload("fallback", "urn:xmpp:fallback:0")).isPresent();
        assertThat(stanza.payload("store", "urn:xmpp:hints")).isPresent();
        assertThat(StableIds.originId(stanza).map(OriginId::id)).contains(m.originId());
    }

    @Test
    void reactionsGoAsTheWholeSetInTheOrderPicked() {
        TrackedMessage m = outbox.add(JULIET, "", new OutgoingKind.Reactions("their-1",
                new LinkedHashSet<>(List.of("👍", "🎉"))));
        Message stanza = Outbox.stanza(m);
        assertThat(Reactions.of(stanza)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo("their-1");
            assertThat(r.emojis()).containsExactly("👍", "🎉");
        });
        assertThat(stanza.body()).isEmpty();
        assertThat(events).containsExactly(new AccountEvent.ChangeSent(m));
    }

    @Test
    void aReplyQuotesTheAnsweredMessageAsAMarkedFallbackAndIsANewMessage() {
        Jid author = JULIET.withResource("balcony");
        TrackedMessage m = outbox.add(JULIET, "By yonder blessed moon", new OutgoingKind.Reply("their-1", author,
                "Swear not by the moon"));
        assertThat(events).containsExactly(new AccountEvent.MessageSent(m));
        Message stanza = Outbox.stanza(m);
        assertThat(Reply.of(stanza)).contains(new Reply(author, "their-1"));
        assertThat(stanza.body()).contains("> juliet@capulet.lit wrote:\n> Swear not by the moon\nBy yonder blessed moon");
        assertThat(ReplyFallback.strip(stanza)).isEqualTo("By yonder blessed moon");
        assertThat(stanza.payload("markable", "urn:xmpp:chat-markers:0")).isPresent();
    }

    private static final Jid ROOM = Jid.of("balcony@rooms.capulet.lit");

    @Test
    void aMessageToARoomIsGroupchatWithAnOriginIdAndAsksForNothing() {
        TrackedMessage m = outbox.add(ROOM, "hello all", new OutgoingKind.Plain(), ROOM.withResource("romeo"));
        assertThat(events).containsExactly(new AccountEvent.MessageSent(m));
        Message stanza = Outbox.stanza(m);
        assertThat(stanza.type()).isEqualTo(Message.Type.GROUPCHAT);
        assertThat(stanza.to()).isEqualTo(ROOM);
        assertThat(stanza.id()).isEqualTo(m.originId());
        assertThat(StableIds.originId(stanza).map(OriginId::id)).contains(m.originId());
        assertThat(stanza.payload("request", ReceiptRequest.NAMESPACE)).isEmpty();
        assertThat(stanza.payload("markable", "urn:xmpp:chat-markers:0")).isEmpty();
        TrackedMessage chat = outbox.add(JULIET, "a chat");
        assertThat(outbox.queuedFor(ROOM)).containsExactly(m);
        assertThat(outbox.queued()).containsExactly(m, chat);
    }

    @Test
    void onlyTheRoomsEchoOrRefusalSettlesARoomMessage() {
        TrackedMessage m = outbox.add(ROOM, "hello all", new OutgoingKind.Plain(), ROOM.withResource("romeo"));
        assertThat(outbox.receipt(ROOM.withResource("juliet"), m.originId())).as("no receipts in rooms").isFalse();
        assertThat(outbox.echoed(Jid.of("other@rooms.capulet.lit"), m.originId())).isFalse();
        assertThat(outbox.echoed(ROOM, m.originId())).isTrue();
        TrackedMessage refused = outbox.add(ROOM, "spam", new OutgoingKind.Plain(), ROOM.withResource("romeo"));
        assertThat(outbox.refused(ROOM, refused.originId(), "The room refused it (forbidden).")).isTrue();
        TrackedMessage chat = outbox.add(JULIET, "a chat");
        assertThat(outbox.echoed(ROOM, chat.originId())).as("a chat message is no room's to echo").isFalse();
        assertThat(states()).containsExactly(DeliveryState.DELIVERED, DeliveryState.FAILED);
        assertThat(outbox.get(refused.originId()).orElseThrow().failure()).contains("forbidden");
    }

    @Test
    void leavingARoomFailsWhatStillWaitsForIt() {
        TrackedMessage waiting = outbox.add(ROOM, "later", new OutgoingKind.Plain(), ROOM.withResource("romeo"));
        TrackedMessage chat = outbox.add(JULIET, "a chat");
        outbox.roomLeft(ROOM, "You left the room before it could be sent.");
        assertThat(outbox.get(waiting.originId()).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(outbox.queued()).containsExactly(chat);
    }
}
