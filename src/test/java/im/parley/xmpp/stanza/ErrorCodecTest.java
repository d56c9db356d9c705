package im.parley.xmpp.stanza;

import static im.parley.xmpp.stanza.TestXml.parse;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlWriter;
import org.junit.jupiter.api.Test;

/** Stanza errors (RFC 6120 §8.3) and stream errors (§4.9). */
class ErrorCodecTest {
    private static final String STANZAS = StanzaErrorCondition.NAMESPACE;
    private static final String STREAMS = "http://etherx.jabber.org/streams";

    @Test
    void stanzaErrorReadsTypeConditionTextByAndApplicationCondition() throws Exception {
        StanzaError e = StanzaError.fromXml(parse("""
                <error xmlns='jabber:client' type='modify' by='pubsub.example.com'>
                  <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                  <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>Too long</text>
                  <payload-too-big xmlns='http://jabber.org/protocol/pubsub#errors'/>
                </error>"""));

        assertThat(e.type()).isEqualTo(StanzaError.Type.MODIFY);
        assertThat(e.condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
        assertThat(e.text()).isEqualTo("Too long");
        assertThat(e.by()).isEqualTo("pubsub.example.com");
        assertThat(e.applicationCondition().is("payload-too-big", "http://jabber.org/protocol/pubsub#errors")).isTrue();
    }

    @Test
    void unknownConditionBecomesUndefinedConditionButKeepsTheRest() throws Exception {
        StanzaError e = StanzaError.fromXml(parse("""
                <error xmlns='jabber:client' type='wait'>
                  <too-busy xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                  <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Come back later</text>
                  <rate-limited xmlns='urn:example:errors'/>
                </error>"""));

        assertThat(e.condition()).isEqualTo(StanzaErrorCondition.UNDEFINED_CONDITION);
        assertThat(e.type()).isEqualTo(StanzaError.Type.WAIT);
        assertThat(e.text()).isEqualTo("Come back later");
        assertThat(e.applicationCondition()).isEqualTo(XmlElement.empty("rate-limited", "urn:example:errors"));
    }

    @Test
    void missingConditionAndUnknownTypeStillMakeAnError() throws Exception {
        StanzaError e = StanzaError.fromXml(parse("<error xmlns='jabber:client' type='panic'/>"));

        assertThat(e.condition()).isEqualTo(StanzaErrorCondition.UNDEFINED_CONDITION);
        assertThat(e.type()).isEqualTo(StanzaError.Type.CANCEL);
        assertThat(e.text()).isNull();
        assertThat(e.applicationCondition()).isNull();
    }

    @Test
    void stanzaErrorRoundTrips() throws Exception {
        StanzaError sent = new StanzaError(StanzaError.Type.AUTH, StanzaErrorCondition.FORBIDDEN, "No <entry> & no exit",
                "example.com", XmlElement.empty("closed-node", "http://jabber.org/protocol/pubsub#errors"));

        XmlElement xml = sent.toXml(Stanza.CLIENT_NAMESPACE);
        StanzaError read = StanzaError.fromXml(parse(xml.toXml("")));

        assertThat(xml.child("forbidden", STANZAS)).isPresent();
        assertThat(read).isEqualTo(sent);
    }

    @Test
    void streamErrorIsWrittenWithTheStreamPrefix() {
        String xml = XmlWriter.toXml(StreamError.of(StreamErrorCondition.HOST_UNKNOWN, null).toXml(), Stanza.CLIENT_NAMESPACE);

        assertThat(xml).startsWith("<stream:error>").endsWith("</stream:error>")
                .contains("<host-unknown xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/>");
    }

    @Test
    void streamErrorParsesBackInsideAStream() throws Exception {
        StreamError[] errors = {
            StreamError.of(StreamErrorCondition.POLICY_VIOLATION, "Slow down & <behave>"),
            new StreamError(StreamErrorCondition.SEE_OTHER_HOST, null, "[2001:db8::1]:9222"),
            StreamError.of(StreamErrorCondition.SYSTEM_SHUTDOWN, null),
        };
        for (StreamError sent : errors) {
            XmlElement stream = parse("<stream:stream xmlns:stream='" + STREAMS + "' xmlns='jabber:client'>"
                    + XmlWriter.toXml(sent.toXml(), Stanza.CLIENT_NAMESPACE) + "</stream:stream>");

            StreamError read = StreamError.fromXml(stream.child("error", STREAMS).orElseThrow());

            assertThat(read).isEqualTo(sent);
        }
    }

    @Test
    void unknownStreamConditionBecomesUndefinedCondition() throws Exception {
        XmlElement stream = parse("<stream:stream xmlns:stream='" + STREAMS + "'><stream:error>"
                + "<too-tired xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>zzz</text>"
                + "</stream:error></stream:stream>");

        StreamError read = StreamError.fromXml(stream.child("error", STREAMS).orElseThrow());

        assertThat(read.condition()).isEqualTo(StreamErrorCondition.UNDEFINED_CONDITION);
        assertThat(read.text()).isEqualTo("zzz");
    }
}
