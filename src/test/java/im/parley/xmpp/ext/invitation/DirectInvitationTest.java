package im.parley.xmpp.ext.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.jid.Jid;
import org.junit.jupiter.api.Test;

/** Round trips of XEP-0249 1.2's examples 1 and 2. */
class DirectInvitationTest {
    private static final DirectInvitationCodec CODEC = new DirectInvitationCodec();

    // XEP-0249 example 1, "A direct invitation".
    static final String EXAMPLE_1 = """
            <message
                from='crone1@shakespeare.lit/desktop'
                to='hecate@shakespeare.lit'>
              <x xmlns='jabber:x:conference'
                 jid='darkcave@macbeth.shakespeare.lit'
                 password='cauldronburn'
                 reason='Hey Hecate, this is the place for all good witches!'/>
            </message>""";
    // XEP-0249 example 2, "A direct invitation that continues a one-to-one chat".
    static final String EXAMPLE_2 = """
            <message
                from='crone1@shakespeare.lit/desktop'
                to='hecate@shakespeare.lit'>
              <x xmlns='jabber:x:conference'
                 continue='true'
                 jid='darkcave@macbeth.shakespeare.lit'
                 password='cauldronburn'
                 reason='Hey Hecate, this is the place for all good witches!'
                 thread='e0ffe42b28561960c6b12b944a092794b9683a38'/>
            </message>""";

    @Test
    void examplesRoundTrip() throws Exception {
        DirectInvitation plain = RoundTrip.of(CODEC,
                XepExamples.element(EXAMPLE_1).child("x", DirectInvitation.NAMESPACE).orElseThrow());
        assertThat(plain).isEqualTo(DirectInvitation.to(Jid.of("darkcave@macbeth.shakespeare.lit"), "cauldronburn",
                "Hey Hecate, this is the place for all good witches!"));
        DirectInvitation continued = RoundTrip.of(CODEC,
                XepExamples.element(EXAMPLE_2).child("x", DirectInvitation.NAMESPACE).orElseThrow());
        assertThat(continued.continues()).isTrue();
        assertThat(continued.thread()).isEqualTo("e0ffe42b28561960c6b12b944a092794b9683a38");
    }

    @Test
    void anInvitationNamesItsRoom() throws Exception {
        assertThat(RoundTrip.malformedReason(CODEC, "<x xmlns='jabber:x:conference' reason='hi'/>")).contains("jid");
    }
}
