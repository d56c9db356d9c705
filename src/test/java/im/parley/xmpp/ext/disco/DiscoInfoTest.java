package im.parley.xmpp.ext.disco;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** disco#info payloads, read from XEP-0030 example 2 ('Result-set for information request'). */
class DiscoInfoTest {
    // XEP-0030 example 2; the examples leave out the stream's default namespace, added here.
    private static final String EXAMPLE_2 = """
            <iq xmlns='jabber:client' type='result'
                from='plays.shakespeare.lit'
                to='romeo@montague.net/orchard'
                id='info1'>
              <query xmlns='http://jabber.org/protocol/disco#info'>
                <identity
                    category='conference'
                    type='text'
                    name='Play-Specific Chatrooms'/>
                <identity
                    category='directory'
                    type='chatroom'
                    name='Play-Specific Chatrooms'/>
                <feature var='http://jabber.org/protocol/disco#info'/>
                <feature var='http://jabber.org/protocol/disco#items'/>
                <feature var='http://jabber.org/protocol/muc'/>
                <feature var='jabber:iq:register'/>
                <feature var='jabber:iq:search'/>
                <feature var='jabber:iq:time'/>
                <feature var='jabber:iq:version'/>
              </query>
            </iq>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void readsIdentitiesAndFeaturesOfTheXepExample() throws Exception {
        Iq iq = (Iq) Stanza.fromXml(parse(EXAMPLE_2)).orElseThrow();

        DiscoInfo info = DiscoInfo.fromXml(iq.query().orElseThrow());

        assertThat(info.node()).isNull();
        assertThat(info.identities()).containsExactly(
                new DiscoInfo.Identity("conference", "text", "Play-Specific Chatrooms", null),
                new DiscoInfo.Identity("directory", "chatroom", "Play-Specific Chatrooms", null));
        assertThat(info.features()).containsExactly("http://jabber.org/protocol/disco#info",
                "http://jabber.org/protocol/disco#items", "http://jabber.org/protocol/muc", "jabber:iq:register",
                "jabber:iq:search", "jabber:iq:time", "jabber:iq:version");
        assertThat(info.hasFeature("http://jabber.org/protocol/muc")).isTrue();
        assertThat(info.hasFeature("urn:xmpp:ping")).isFalse();
        assertThat(info.extensions()).isEmpty();
    }

    @Test
    void exampleSurvivesARoundTrip() throws Exception {
        Iq iq = (Iq) Stanza.fromXml(parse(EXAMPLE_2)).orElseThrow();
        DiscoInfo info = DiscoInfo.fromXml(iq.query().orElseThrow());

        DiscoInfo again = DiscoInfo.fromXml(parse(info.toXml().toXml("")));

        assertThat(again).isEqualTo(info);
    }

    @Test
    void identitiesOrFeaturesMissingRequiredAttributesAreSkipped() throws Exception {
        DiscoInfo info = DiscoInfo.fromXml(parse("""
                <query xmlns='http://jabber.org/protocol/disco#info' node='http://parley.im#caps'>
                  <identity category='client' name='No type'/>
                  <identity type='pc' name='No category'/>
                  <identity category='client' type='pc' name='Parley' xml:lang='en'/>
                  <feature/>
                  <feature var='urn:xmpp:ping'/>
                </query>"""));

        assertThat(info.node()).isEqualTo("http://parley.im#caps");
        assertThat(info.identities()).containsExactly(new DiscoInfo.Identity("client", "pc", "Parley", "en"));
        assertThat(info.features()).containsExactly("urn:xmpp:ping");
    }

    @Test
    void extensionFormsAreKeptAndWrittenBack() throws Exception {
        XmlElement query = parse("""
                <query xmlns='http://jabber.org/protocol/disco#info'>
                  <identity category='server' type='im'/>
                  <feature var='http://jabber.org/protocol/disco#info'/>
                  <x xmlns='jabber:x:data' type='result'>
                    <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/network/serverinfo</value></field>
                  </x>
                </query>""");

        DiscoInfo info = DiscoInfo.fromXml(query);
        DiscoInfo again = DiscoInfo.fromXml(parse(info.toXml().toXml("")));

        assertThat(info.extensions()).singleElement().satisfies(x -> assertThat(x.is("x", "jabber:x:data")).isTrue());
        assertThat(again).isEqualTo(info);
        assertThat(new DiscoInfo(null, List.of(), List.of(), List.of()).toXml().attributeOrNull("node")).isNull();
    }
}
