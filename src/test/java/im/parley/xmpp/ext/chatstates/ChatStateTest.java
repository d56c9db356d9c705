package im.parley.xmpp.ext.chatstates;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** XEP-0085 examples 3 and 4, and one state per message. */
class ChatStateTest {
    // XEP-0085 example 3, with the client namespace added.
    private static final String EXAMPLE_3 = """
            <message xmlns='jabber:client'
                from='bernardo@shakespeare.lit/pda'
                to='francisco@shakespeare.lit'
                type='chat'>
              <body>Who's there?</body>
              <active xmlns='http://jabber.org/protocol/chatstates'/>
            </message>""";
    // XEP-0085 example 4, with the client namespace added.
    private static final String EXAMPLE_4 = """
            <message xmlns='jabber:client'
                from='bernardo@shakespeare.lit/pda'
                to='francisco@shakespeare.lit/elsinore'
                type='chat'>
              <composing xmlns='http://jabber.org/protocol/chatstates'/>
            </message>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Message message(String xml) throws Exception {
        return (Message) Stanza.fromXml(parse(xml)).orElseThrow();
    }

    @Test
    void readsTheXepExamples() throws Exception {
        assertThat(ChatState.of(message(EXAMPLE_3))).contains(ChatState.ACTIVE);
        assertThat(ChatState.of(message(EXAMPLE_4))).contains(ChatState.COMPOSING);
        assertThat(message(EXAMPLE_4).body()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChatState.class)
    void everyStateRoundTrips(ChatState s) throws Exception {
        assertThat(ChatState.fromXml(parse(s.toXml().toXml("")))).contains(s);
        assertThat(ChatState.of(s.value())).contains(s);
    }

    @Test
    void attachingReplacesTheEarlierState() throws Exception {
        Message m = ChatState.PAUSED.attachTo(message(EXAMPLE_3));

        assertThat(m.payloads().stream().filter(p -> p.namespace().equals(ChatState.NAMESPACE))).hasSize(1);
        assertThat(ChatState.of(m)).contains(ChatState.PAUSED);
        assertThat(m.body()).contains("Who's there?");
    }

    @Test
    void unknownElementsAreNotStates() {
        assertThat(ChatState.fromXml(XmlElement.empty("typing", ChatState.NAMESPACE))).isEmpty();
        assertThat(ChatState.fromXml(XmlElement.empty("active", "urn:other"))).isEmpty();
        assertThat(ChatState.of("Active")).isEmpty();
    }
}
