package im.parley.xmpp.ext.sid;

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
import org.junit.jupiter.api.Test;

/** XEP-0359 §3 examples, and stanza-ids claiming the wrong 'by'. */
class StableIdsTest {
    // XEP-0359 example 1.
    private static final String EXAMPLE_1 = """
            <stanza-id xmlns='urn:xmpp:sid:0'
                       id='de305d54-75b4-431b-adb2-eb6b9e546013'
                       by='room@muc.example.com'/>""";
    // XEP-0359 example 3.
    private static final String EXAMPLE_3 = """
            <message xmlns='jabber:client'
                     to='room@muc.example.com'
                     type='groupchat'>
              <body>Typical body text</body>
              <stanza-id xmlns='urn:xmpp:sid:0'
                         id='5f3dbc5e-e1d3-4077-a492-693f3769c7ad'
                         by='room@muc.example.com'/>
              <origin-id xmlns='urn:xmpp:sid:0' id='de305d54-75b4-431b-adb2-eb6b9e546013'/>
            </message>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void readsAndRoundTripsExample1() throws Exception {
        StanzaId sid = StanzaId.fromXml(parse(EXAMPLE_1));

        assertThat(sid).isEqualTo(new StanzaId("de305d54-75b4-431b-adb2-eb6b9e546013", Jid.of("room@muc.example.com")));
        assertThat(StanzaId.fromXml(parse(sid.toXml().toXml("")))).isEqualTo(sid);
    }

    @Test
    void readsBothIdsOfExample3() throws Exception {
        Message m = (Message) Stanza.fromXml(parse(EXAMPLE_3)).orElseThrow();

        assertThat(StableIds.originId(m)).contains(new OriginId("de305d54-75b4-431b-adb2-eb6b9e546013"));
        assertThat(StableIds.stanzaId(m, Jid.of("room@muc.example.com")))
                .contains(new StanzaId("5f3dbc5e-e1d3-4077-a492-693f3769c7ad", Jid.of("room@muc.example.com")));
    }

    @Test
    void aStanzaIdByAnyoneElseIsIgnored() throws Exception {
        Message m = (Message) Stanza.fromXml(parse(EXAMPLE_3)).orElseThrow();

        assertThat(StableIds.stanzaId(m, Jid.of("romeo@montague.tld"))).isEmpty();
        assertThat(StableIds.stanzaId(m, Jid.of("room@muc.example.com/nick"))).isEmpty();
    }

    @Test
    void picksTheIdOfTheExpectedEntityAmongSeveral() {
        Jid me = Jid.of("juliet@capulet.lit");
        Message m = Message.builder().body("hi")
                .payload(new StanzaId("spoofed", Jid.of("tybalt@capulet.lit")).toXml())
                .payload(new StanzaId("genuine", me).toXml()).build();

        assertThat(StableIds.stanzaId(m, me)).map(StanzaId::id).contains("genuine");
    }

    @Test
    void originIdHelperAddsExactlyOne() throws Exception {
        Message m = StableIds.withOriginId(StableIds.withOriginId(Message.builder().body("x").build()));

        assertThat(m.payloads().stream().filter(p -> p.is(OriginId.ELEMENT, OriginId.NAMESPACE))).hasSize(1);
        Message back = (Message) Stanza.fromXml(parse(m.toXml().toXml(""))).orElseThrow();
        assertThat(StableIds.originId(back)).isEqualTo(StableIds.originId(m)).isPresent();
    }

    @Test
    void malformedIdsAreTypedErrors() throws Exception {
        assertThatThrownBy(() -> OriginId.fromXml(parse("<origin-id xmlns='urn:xmpp:sid:0'/>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> StanzaId.fromXml(parse("<stanza-id xmlns='urn:xmpp:sid:0' id='x'/>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> StanzaId.fromXml(parse("<stanza-id xmlns='urn:xmpp:sid:0' id='x' by='a@@b'/>")))
                .isInstanceOf(PayloadFormatException.class);
    }
}
