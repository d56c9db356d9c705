package im.parley.xmpp.ext.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** XEP-0184 examples 3 and 4, when a receipt is owed, and receipts we must not believe. */
class ReceiptsTest {
    // XEP-0184 example 3, with the client namespace added.
    private static final String EXAMPLE_3 = """
            <message xmlns='jabber:client'
                from='northumberland@shakespeare.lit/westminster'
                id='richard2-4.1.247'
                to='kingrichard@royalty.england.lit/throne'>
              <body>My lord, dispatch; read o'er these articles.</body>
              <request xmlns='urn:xmpp:receipts'/>
            </message>""";
    // XEP-0184 example 4, with the client namespace added.
    private static final String EXAMPLE_4 = """
            <message xmlns='jabber:client'
                from='kingrichard@royalty.england.lit/throne'
                id='bi29sg183b4v'
                to='northumberland@shakespeare.lit/westminster'>
              <received xmlns='urn:xmpp:receipts' id='richard2-4.1.247'/>
            </message>""";
    private static final Jid KING = Jid.of("kingrichard@royalty.england.lit/throne");

    private static Message message(String xml) throws Exception {
        return (Message) Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8),
                Limits.defaults())).orElseThrow();
    }

    @Test
    void readsAndRoundTripsTheXepExamples() throws Exception {
        Message request = message(EXAMPLE_3);
        Message receipt = message(EXAMPLE_4);

        assertThat(ReceiptRequest.isRequested(request)).isTrue();
        assertThat(ReceiptReceived.of(receipt)).contains(new ReceiptReceived("richard2-4.1.247"));
        assertThat(ReceiptReceived.fromXml(new ReceiptReceived("a&b").toXml())).isEqualTo(new ReceiptReceived("a&b"));
        assertThat(ReceiptRequest.fromXml(new ReceiptRequest().toXml())).contains(new ReceiptRequest());
    }

    @Test
    void example3IsAnsweredWithExample4sReceipt() throws Exception {
        Message answer = ReceiptManager.answerFor(message(EXAMPLE_3)).orElseThrow();

        assertThat(answer.to()).isEqualTo(Jid.of("northumberland@shakespeare.lit/westminster"));
        assertThat(ReceiptReceived.of(answer)).contains(new ReceiptReceived("richard2-4.1.247"));
        assertThat(answer.type()).isEqualTo(Message.Type.NORMAL);
    }

    @Test
    void noReceiptForGroupchatErrorsHeadlinesOrMessagesWithoutIdOrBody() throws Exception {
        Message request = message(EXAMPLE_3);

        assertThat(ReceiptManager.answerFor(request.toBuilder().type(Message.Type.GROUPCHAT).build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().type(Message.Type.ERROR).build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().type(Message.Type.HEADLINE).build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().id(null).build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().body(null).build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().removePayloads("request", ReceiptRequest.NAMESPACE)
                .build())).isEmpty();
        assertThat(ReceiptManager.answerFor(request.toBuilder().type(Message.Type.CHAT).build()))
                .map(Message::type).contains(Message.Type.CHAT);
    }

    @Test
    void theRecipientsReceiptCompletesTheWait() throws Exception {
        ReceiptTracker tracker = new ReceiptTracker();
        CompletableFuture<String> wait = tracker.await("richard2-4.1.247", KING.bare());

        // Sent to the bare JID; the receipt comes from one of its resources.
        assertThat(tracker.received(KING, ReceiptReceived.of(message(EXAMPLE_4)).orElseThrow())).isTrue();
        assertThat(wait).isCompletedWithValue("richard2-4.1.247");
        assertThat(tracker.isAwaiting("richard2-4.1.247")).isFalse();
    }

    @Test
    void aReceiptForAnUnknownIdIsIgnored() {
        ReceiptTracker tracker = new ReceiptTracker();
        CompletableFuture<String> wait = tracker.await("m1", KING);

        assertThat(tracker.received(KING, new ReceiptReceived("m2"))).isFalse();
        assertThat(wait).isNotDone();
        assertThat(tracker.isAwaiting("m1")).isTrue();
    }

    @Test
    void aReceiptFromAnotherJidIsIgnored() {
        ReceiptTracker tracker = new ReceiptTracker();
        CompletableFuture<String> wait = tracker.await("m1", KING);

        assertThat(tracker.received(Jid.of("tybalt@capulet.lit/home"), new ReceiptReceived("m1"))).isFalse();
        assertThat(tracker.received(Jid.of("royalty.england.lit"), new ReceiptReceived("m1"))).isFalse();
        assertThat(tracker.received(null, new ReceiptReceived("m1"))).isFalse();
        assertThat(wait).isNotDone();
        // The genuine one still counts afterwards.
        assertThat(tracker.received(KING.bare().withResource("other"), new ReceiptReceived("m1"))).isTrue();
        assertThat(wait).isCompletedWithValue("m1");
    }

    @Test
    void aWaitGivenUpLeavesNothingBehind() {
        ReceiptTracker tracker = new ReceiptTracker();
        tracker.await("m1", KING).cancel(false);

        assertThat(tracker.isAwaiting("m1")).isFalse();
    }

    @Test
    void aReceiptWithoutIdIsMalformed() {
        XmlElement bare = XmlElement.empty("received", ReceiptRequest.NAMESPACE);

        assertThatThrownBy(() -> ReceiptReceived.fromXml(bare)).isInstanceOf(PayloadFormatException.class);
        assertThat(ReceiptReceived.of(Message.builder().payload(bare).build())).isEmpty();
    }

    @Test
    void requestNeedsAnId() {
        assertThatThrownBy(() -> ReceiptManager.withRequest(Message.builder().body("x").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReceiptRequest.isRequested(ReceiptManager.withRequest(Message.builder().id("a").build()))).isTrue();
    }
}
