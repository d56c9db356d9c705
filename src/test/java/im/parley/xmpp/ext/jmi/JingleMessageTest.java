package im.parley.xmpp.ext.jmi;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jmi.JingleMessage.Accept;
import im.parley.xmpp.ext.jmi.JingleMessage.Finish;
import im.parley.xmpp.ext.jmi.JingleMessage.Proceed;
import im.parley.xmpp.ext.jmi.JingleMessage.Propose;
import im.parley.xmpp.ext.jmi.JingleMessage.Reject;
import im.parley.xmpp.ext.jmi.JingleMessage.Retract;
import im.parley.xmpp.ext.jmi.JingleMessage.Ringing;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0353 examples 1, 3, 4, 5, 7, 9, 11 and 12, with the client namespace added. */
class JingleMessageTest {
    private static final String ID = "ca3cf894-5325-482f-a412-a6e9f832298d";
    private static final String PROPOSE = """
            <message xmlns='jabber:client' from='romeo@montague.example/orchard'
                     to='juliet@capulet.example'
                     type='chat'>
              <propose xmlns='urn:xmpp:jingle-message:0' id='ca3cf894-5325-482f-a412-a6e9f832298d'>
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
              </propose>
              <store xmlns="urn:xmpp:hints"/>
            </message>""";

    @Test
    void readsTheProposal() throws Exception {
        Message m = stanza(PROPOSE);
        Propose propose = (Propose) JingleMessage.of(m).orElseThrow();

        assertThat(propose.id()).isEqualTo(ID);
        assertThat(propose.media()).containsExactly("audio");
        assertThat(propose.descriptions()).singleElement()
                .satisfies(d -> assertThat(d.namespace()).isEqualTo("urn:xmpp:jingle:apps:rtp:1"));
        assertThat(propose).isEqualTo(Propose.rtp(ID, List.of("audio")));
        assertThat(JingleMessage.fromXml(propose.toXml())).isEqualTo(propose);
    }

    @Test
    void buildsTheProposalMessageOfExample1() throws Exception {
        Message example = stanza(PROPOSE);
        Message built = Propose.rtp(ID, List.of("audio")).toMessage(Jid.of("juliet@capulet.example"));

        assertThat(built.type()).as("§3: all messages are of type chat").isEqualTo(Message.Type.CHAT);
        assertThat(built.to()).isEqualTo(example.to());
        assertThat(built.payload("store", "urn:xmpp:hints")).isEqualTo(example.payload("store", "urn:xmpp:hints"));
        assertThat(JingleMessage.of(built)).isEqualTo(JingleMessage.of(example));
        assertThat(Propose.rtp(ID, List.of("audio", "video")).media()).containsExactly("audio", "video");
    }

    @Test
    void readsTheResponses() throws Exception {
        assertThat(read("ringing", "<ringing xmlns='urn:xmpp:jingle-message:0' id='%s'/>")).isEqualTo(new Ringing(ID));
        assertThat(read("proceed", "<proceed xmlns='urn:xmpp:jingle-message:0' id='%s'/>")).isEqualTo(new Proceed(ID));
        assertThat(read("accept", "<accept xmlns='urn:xmpp:jingle-message:0' id='%s'/>")).isEqualTo(new Accept(ID));

        Reject reject = (Reject) read("reject", """
                <reject xmlns='urn:xmpp:jingle-message:0' id='%s'>
                    <reason xmlns="urn:xmpp:jingle:1">
                      <busy/>
                      <text>Busy</text>
                    </reason>
                  </reject>""");
        assertThat(JingleMessage.condition(reject.reason())).contains("busy");
        assertThat(reject.tieBreak()).isFalse();

        Retract retract = (Retract) read("retract", """
                <retract xmlns='urn:xmpp:jingle-message:0' id='%s'>
                    <reason xmlns="urn:xmpp:jingle:1">
                      <cancel/>
                      <text>Retracted</text>
                    </reason>
                  </retract>""");
        assertThat(JingleMessage.condition(retract.reason())).contains("cancel");
        assertThat(retract.reason().childText("text", "urn:xmpp:jingle:1")).contains("Retracted");

        Finish finish = (Finish) read("finish", """
                <finish xmlns='urn:xmpp:jingle-message:0' id='%s'>
                    <reason xmlns="urn:xmpp:jingle:1">
                      <success/>
                      <text>Success</text>
                    </reason>
                  </finish>""");
        assertThat(JingleMessage.condition(finish.reason())).contains("success");
        assertThat(finish.migratedTo()).isNull();

        for (JingleMessage m : List.of(new Ringing(ID), new Proceed(ID), new Accept(ID), reject, retract, finish)) {
            assertThat(JingleMessage.fromXml(m.toXml())).isEqualTo(m);
            assertThat(m.toXml().name()).isEqualTo(m.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void readsTheTieBreaks() throws Exception {
        // Example 11, Romeo's reject; the example's retract ends in </reject>, so it is not well-formed,
        // and is read here with the closing tag it means.
        Reject reject = (Reject) JingleMessage.fromXml(element("""
                <reject xmlns='urn:xmpp:jingle-message:0' id='fecbea35-08d3-404f-9ec7-2b57c566fa74'>
                  <reason xmlns="urn:xmpp:jingle:1">
                    <expired/>
                    <text>Tie-Break</text>
                  </reason>
                  <tie-break/>
                </reject>"""));
        assertThat(reject.tieBreak()).isTrue();
        assertThat(JingleMessage.condition(reject.reason())).contains("expired");
        Retract retract = (Retract) JingleMessage.fromXml(element("""
                <retract xmlns='urn:xmpp:jingle-message:0' id='fecbea35-08d3-404f-9ec7-2b57c566fa74'>
                  <reason xmlns="urn:xmpp:jingle:1">
                    <expired/>
                    <text>Tie-Break</text>
                  </reason>
                  <tie-break/>
                </retract>"""));
        assertThat(retract.tieBreak()).isTrue();
        assertThat(JingleMessage.fromXml(retract.toXml())).isEqualTo(retract);

        // Example 12: the old session finished in favour of the new one.
        Finish migrated = (Finish) JingleMessage.fromXml(element("""
                <finish xmlns='urn:xmpp:jingle-message:0' id='ca3cf894-5325-482f-a412-a6e9f832298d'>
                  <reason xmlns="urn:xmpp:jingle:1">
                    <expired/>
                    <text>Session migrated</text>
                  </reason>
                  <migrated to='989a46a6-f202-4910-a7c3-83c6ba3f3947'/>
                </finish>"""));
        assertThat(migrated.migratedTo()).isEqualTo("989a46a6-f202-4910-a7c3-83c6ba3f3947");
        assertThat(JingleMessage.fromXml(migrated.toXml())).isEqualTo(migrated);
    }

    @Test
    void buildsReasons() throws Exception {
        Reject built = new Reject(ID, JingleMessage.reason("busy", "Busy"), false);
        Message sent = built.toMessage(Jid.of("romeo@montague.example/orchard"));

        assertThat(JingleMessage.of(sent)).contains(built);
        assertThat(JingleMessage.condition(built.reason())).contains("busy");
        assertThat(JingleMessage.condition(JingleMessage.reason("decline", null))).contains("decline");
        assertThat(JingleMessage.condition(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<propose xmlns='urn:xmpp:jingle-message:0' id='x'/>",
        "<propose xmlns='urn:xmpp:jingle-message:0'><description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>"
                + "</propose>",
        "<proceed xmlns='urn:xmpp:jingle-message:0'/>",
        "<reject xmlns='urn:xmpp:jingle-message:0' id=''/>",
        "<finish xmlns='urn:xmpp:jingle-message:0' id='x'><migrated/></finish>",
        "<hangup xmlns='urn:xmpp:jingle-message:0' id='x'/>",
        "<proceed xmlns='urn:xmpp:jingle:jingle-message:1' id='x'/>",
    })
    void malformedPayloadsAreRefused(String xml) throws Exception {
        assertThatThrownBy(() -> JingleMessage.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
        Message carrying = stanza("<message xmlns='jabber:client' type='chat'>" + xml + "</message>");
        assertThat(JingleMessage.of(carrying)).isEmpty();
    }

    /** {@code payload} (its id left as %s) in a chat message from Juliet's phone, as in examples 3, 5 and 7. */
    private static JingleMessage read(String name, String payload) throws Exception {
        Message m = stanza("""
                <message xmlns='jabber:client' from='juliet@capulet.example/phone'
                         to='romeo@montague.example/orchard'
                         type='chat'>
                  %s
                  <store xmlns="urn:xmpp:hints"/>
                </message>""".formatted(payload.formatted(ID)));
        JingleMessage read = JingleMessage.of(m).orElseThrow();
        assertThat(read.toXml().name()).isEqualTo(name);
        return read;
    }
}
