package im.parley.xmpp.ext.retraction;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0424 Use Case examples 3 and 4 and the Business Rules on who may retract. */
class RetractionTest {
    // XEP-0424 examples 3 and 4, with the client namespace and a sender added.
    private static final String ORIGINAL = """
            <message xmlns='jabber:client' from='romeo@montague.example/orchard' type='chat'
                to='lord@capulet.example' id='wrong-recipient-1'>
              <body>Have not saints lips, and holy palmers too?</body>
            </message>""";
    private static final String RETRACTION = """
            <message xmlns='jabber:client' from='romeo@montague.example/orchard' type='chat'
                to='lord@capulet.example' id='retract-message-1'>
              <retract id="wrong-recipient-1" xmlns='urn:xmpp:message-retract:1'/>
              <fallback xmlns="urn:xmpp:fallback:0" for='urn:xmpp:message-retract:1'/>
              <body>/me retracted a previous message, but it's unsupported by your client.</body>
              <store xmlns="urn:xmpp:hints"/>
            </message>""";

    @Test
    void readsAndRoundTripsTheXepExample() throws Exception {
        assertThat(Retract.of(stanza(RETRACTION))).contains(new Retract("wrong-recipient-1"));
        assertThat(Retract.fromXml(new Retract("a<b").toXml())).isEqualTo(new Retract("a<b"));
        assertThat(Retract.of(stanza(ORIGINAL))).isEmpty();
        assertThatThrownBy(() -> Retract.fromXml(element("<retract xmlns='urn:xmpp:message-retract:1'/>")))
                .isInstanceOf(PayloadFormatException.class);
        // The 0.x namespace is another protocol, not this one.
        assertThat(Retract.of(Message.builder().payload(element(
                "<apply-to xmlns='urn:xmpp:fasten:0' id='x'><retract xmlns='urn:xmpp:message-retract:0'/></apply-to>"))
                .build())).isEmpty();
    }

    @Test
    void buildsExample4() throws Exception {
        Message built = Retractions.retract(Jid.of("lord@capulet.example"), "wrong-recipient-1", "retract-message-1");
        Message example = stanza(RETRACTION);

        assertThat(built.toBuilder().from(example.from()).build().toXml()).isEqualTo(example.toXml());
    }

    @Test
    void onlyTheOriginalSendersBareJidMayRetract() throws Exception {
        Message original = stanza(ORIGINAL);
        Message retraction = stanza(RETRACTION);

        assertThat(Retractions.isValidRetraction(original, retraction)).isTrue();
        // Another device of the author is the same person (Business Rules: same bare JID in 1:1).
        assertThat(Retractions.isValidRetraction(original,
                retraction.toBuilder().from(Jid.of("romeo@montague.example/phone")).build())).isTrue();
        assertThat(Retractions.isValidRetraction(original,
                retraction.toBuilder().from(Jid.of("tybalt@capulet.example/orchard")).build())).isFalse();
        assertThat(Retractions.isValidRetraction(original, retraction.toBuilder().from(null).build())).isFalse();
        assertThat(Retractions.isValidRetraction(original,
                retraction.toBuilder().replacePayload(new Retract("other").toXml()).build())).isFalse();
        assertThat(Retractions.isValidRetraction(original.toBuilder().type(Message.Type.GROUPCHAT).build(),
                retraction)).isFalse();
    }
}
