package im.parley.xmpp.ext.forward;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XEP-0297 example 2 (the only one with a {@code <forwarded/>}), checked against the message of
 * example 1 that it forwards, and forwarded elements we refuse.
 */
class ForwardedCodecTest {
    private static final String NS = "xmlns='urn:xmpp:forward:0'";
    private static final ForwardedCodec CODEC = new ForwardedCodec();

    // XEP-0297 example 1, with the client namespace added.
    private static final String EXAMPLE_1 = """
            <message xmlns='jabber:client'
                     from='juliet@capulet.lit/orchard'
                     id='0202197'
                     to='romeo@montague.lit'
                     type='chat'>
              <body>Yet I should kill thee with much cherishing.</body>
              <mood xmlns='http://jabber.org/protocol/mood'>
                <amorous/>
              </mood>
            </message>""";
    // XEP-0297 example 2, with the client namespace added to the outer message.
    private static final String EXAMPLE_2 = """
            <message xmlns='jabber:client' to='mercutio@verona.lit' from='romeo@montague.lit/orchard' type='chat' id='28gs'>
              <body>A most courteous exposition!</body>
              <forwarded xmlns='urn:xmpp:forward:0'>
                <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>
                <message from='juliet@capulet.lit/orchard'
                         id='0202197'
                         to='romeo@montague.lit'
                         type='chat'
                         xmlns='jabber:client'>
                  <body>Yet I should kill thee with much cherishing.</body>
                  <mood xmlns='http://jabber.org/protocol/mood'>
                    <amorous/>
                  </mood>
                </message>
              </forwarded>
            </message>""";

    private static Forwarded decoded(XmlElement forwarded) {
        return CODEC.decode(forwarded).valueIfAny().orElseThrow(() -> new AssertionError(CODEC.decode(forwarded)));
    }

    private static XmlElement forwardedOf(String messageXml) throws Exception {
        Message outer = XepExamples.stanza(messageXml);
        return outer.payload(Forwarded.ELEMENT, Forwarded.NAMESPACE).orElseThrow();
    }

    @Test
    void roundTripsExample2() throws Exception {
        Forwarded forwarded = decoded(forwardedOf(EXAMPLE_2));
        Forwarded again = decoded(CODEC.encode(forwarded));

        assertThat(forwarded.delay().stamp()).isEqualTo(Instant.parse("2010-07-10T23:08:25Z"));
        Message inner = (Message) forwarded.stanza();
        assertThat(inner.from()).isEqualTo(Jid.of("juliet@capulet.lit/orchard"));
        assertThat(inner.to()).isEqualTo(Jid.of("romeo@montague.lit"));
        assertThat(inner.id()).isEqualTo("0202197");
        assertThat(inner.body()).contains("Yet I should kill thee with much cherishing.");
        // Stanzas have no equals of their own: they compare by their XML.
        assertThat(again.delay()).isEqualTo(forwarded.delay());
        assertThat(again.stanza().toXml()).isEqualTo(forwarded.stanza().toXml());
    }

    @Test
    void theForwardedMessageIsExample1AsItWas() throws Exception {
        Message original = XepExamples.stanza(EXAMPLE_1);
        Message forwarded = (Message) decoded(forwardedOf(EXAMPLE_2)).stanza();

        // The examples are indented differently, so the text between elements differs.
        assertThat(forwarded.toXml().attributes()).isEqualTo(original.toXml().attributes());
        assertThat(forwarded.body()).isEqualTo(original.body());
        assertThat(forwarded.payloads()).extracting(XmlElement::name).containsExactly("body", "mood");
        assertThat(forwarded.payload("mood", "http://jabber.org/protocol/mood").orElseThrow().elements())
                .isEqualTo(original.payload("mood", "http://jabber.org/protocol/mood").orElseThrow().elements());
    }

    @Test
    void theDelayIsOptionalAndAnyStanzaMayBeForwarded() throws Exception {
        Forwarded presence = decoded(XepExamples.element("<forwarded " + NS + ">"
                + "<presence xmlns='jabber:client' from='juliet@capulet.lit/balcony'/></forwarded>"));

        assertThat(presence.delay()).isNull();
        assertThat(presence.stanza()).isInstanceOf(Presence.class);
        assertThat(decoded(CODEC.encode(presence)).stanza().toXml()).isEqualTo(presence.stanza().toXml());
    }

    @Test
    void anUnreadableDelayIsLeftOutAndTheStanzaKept() throws Exception {
        Forwarded forwarded = decoded(XepExamples.element("<forwarded " + NS + ">"
                + "<delay xmlns='urn:xmpp:delay' stamp='yesterday'/>"
                + "<message xmlns='jabber:client' from='juliet@capulet.lit/balcony'><body>hi</body></message>"
                + "</forwarded>"));

        assertThat(forwarded.delay()).isNull();
        assertThat(((Message) forwarded.stanza()).body()).contains("hi");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "<delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>",
            // Without xmlns the message is in the forward namespace: not a stanza at all.
            "<message><body>hi</body></message>",
            "<message xmlns='jabber:client'/><message xmlns='jabber:client'/>"})
    void aForwardedElementWithoutExactlyOneStanzaIsMalformed(String children) throws Exception {
        Decoded<Forwarded> decoded = CODEC.decode(XepExamples.element("<forwarded " + NS + ">" + children + "</forwarded>"));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Malformed.class, m -> {
            assertThat(m.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
            assertThat(m.reason()).contains("exactly one");
        });
    }

    @Test
    void aMalformedForwardedStanzaMakesTheElementMalformed() throws Exception {
        Decoded<Forwarded> decoded = CODEC.decode(XepExamples.element("<forwarded " + NS + ">"
                + "<message xmlns='jabber:client' from='@@bad@@'/></forwarded>"));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Malformed.class, m -> {
            assertThat(m.condition()).isEqualTo(StanzaErrorCondition.JID_MALFORMED);
            assertThat(m.reason()).contains("forwarded stanza");
        });
    }

    @Test
    void otherElementsAreNotMine() throws Exception {
        assertThat(CODEC.decode(XepExamples.element("<forwarded xmlns='urn:xmpp:forward:1'/>"))).isInstanceOf(Decoded.NotMine.class);
    }
}
