package im.parley.xmpp.ext.attention;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0224 example 2 and its rules on delayed and unknown senders. */
class AttentionTest {
    // XEP-0224 example 2, with the client namespace added.
    private static final String NUDGE = """
            <message xmlns='jabber:client' from='calvin@usrobots.lit/lab'
                     to='herbie@usrobots.lit/home'
                     type='headline'>
              <attention xmlns='urn:xmpp:attention:0'/>
              <body>Why don't you answer, Herbie?</body>
            </message>""";

    @Test
    void readsAndBuildsTheXepExample() throws Exception {
        Message nudge = stanza(NUDGE);
        assertThat(Attention.isRequested(nudge)).isTrue();
        Message built = Attention.request(Jid.of("herbie@usrobots.lit/home"), "Why don't you answer, Herbie?")
                .toBuilder().from(Jid.of("calvin@usrobots.lit/lab")).build();
        assertThat(built.toXml()).isEqualTo(nudge.toXml());
    }

    @Test
    void alertsOnlyForLiveNudgesFromContacts() throws Exception {
        Message nudge = stanza(NUDGE);
        assertThat(Attention.shouldAlert(nudge, true)).isTrue();
        assertThat(Attention.shouldAlert(nudge, false)).isFalse();
        Message delayed = nudge.toBuilder().payload(element(
                "<delay xmlns='urn:xmpp:delay' from='usrobots.lit' stamp='2002-09-10T23:08:25Z'/>")).build();
        assertThat(Attention.shouldAlert(delayed, true)).isFalse();
        assertThat(Attention.shouldAlert(nudge.toBuilder().removePayloads("attention", Attention.NAMESPACE).build(), true))
                .isFalse();
    }
}
