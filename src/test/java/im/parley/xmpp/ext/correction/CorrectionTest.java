package im.parley.xmpp.ext.correction;

import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0308 §3 examples 3 and 4, and §4's rule that only the original sender may correct. */
class CorrectionTest {
    // XEP-0308 examples 3 and 4, with the client namespace and a sender added.
    private static final String BAD = """
            <message xmlns='jabber:client' from='romeo@montague.net/orchard' to='juliet@capulet.net/balcony' id='bad1'>
              <body>But soft, what light through yonder airlock breaks?</body>
            </message>""";
    private static final String GOOD = """
            <message xmlns='jabber:client' from='romeo@montague.net/orchard' to='juliet@capulet.net/balcony' id='good1'>
              <body>But soft, what light through yonder window breaks?</body>
              <replace id='bad1' xmlns='urn:xmpp:message-correct:0'/>
            </message>""";

    @Test
    void readsAndRoundTripsTheXepExample() throws Exception {
        Message good = stanza(GOOD);
        assertThat(Replace.of(good)).contains(new Replace("bad1"));
        assertThat(Replace.fromXml(new Replace("a'b").toXml())).isEqualTo(new Replace("a'b"));
        assertThat(Replace.of(stanza(BAD))).isEmpty();
        assertThatThrownBy(() -> Replace.fromXml(XepExamples.element("<replace xmlns='urn:xmpp:message-correct:0'/>")))
                .isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void theExampleCorrectionIsValidFromTheSameFullJid() throws Exception {
        assertThat(Corrections.isValidCorrection(stanza(BAD), stanza(GOOD))).isTrue();
    }

    @Test
    void buildsTheCorrectionOfExample4() throws Exception {
        Message bad = Message.builder().to(Jid.of("juliet@capulet.net/balcony")).id("bad1")
                .body("But soft, what light through yonder airlock breaks?").build();
        Message good = Corrections.correct(bad, "But soft, what light through yonder window breaks?", "good1");

        assertThat(good.id()).isEqualTo("good1");
        assertThat(good.to()).isEqualTo(bad.to());
        assertThat(good.body()).contains("But soft, what light through yonder window breaks?");
        assertThat(Replace.of(good)).contains(new Replace("bad1"));
        assertThatThrownBy(() -> Corrections.correct("bad1", bad.toBuilder().id("bad1").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileCorrectionsAreRejected() throws Exception {
        Message bad = stanza(BAD);
        Message good = stanza(GOOD);

        Message otherResource = good.toBuilder().from(Jid.of("romeo@montague.net/attacker")).build();
        Message otherAccount = good.toBuilder().from(Jid.of("tybalt@capulet.net/orchard")).build();
        Message bareSender = good.toBuilder().from(Jid.of("romeo@montague.net")).build();
        Message noSender = good.toBuilder().from(null).build();
        Message otherId = good.toBuilder().replacePayload(new Replace("bad2").toXml()).build();
        Message notACorrection = good.toBuilder().removePayloads(Replace.ELEMENT, Replace.NAMESPACE).build();

        assertThat(Corrections.isValidCorrection(bad, otherResource)).isFalse();
        assertThat(Corrections.isValidCorrection(bad, otherAccount)).isFalse();
        assertThat(Corrections.isValidCorrection(bad, bareSender)).isFalse();
        assertThat(Corrections.isValidCorrection(bad, noSender)).isFalse();
        assertThat(Corrections.isValidCorrection(bad, otherId)).isFalse();
        assertThat(Corrections.isValidCorrection(bad, notACorrection)).isFalse();
        assertThat(Corrections.isValidCorrection(bad.toBuilder().id(null).build(), good)).isFalse();
    }
}
