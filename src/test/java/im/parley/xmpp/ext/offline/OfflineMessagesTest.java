package im.parley.xmpp.ext.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0013 examples 3-13 (each given the 'id' an IQ needs where the XEP leaves it out). */
class OfflineMessagesTest {
    private static XmlElement xml(String s) throws Exception {
        return XmlStreamParser.parseDocument(s.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Stanza stanza(String s) throws Exception {
        return Stanza.fromXml(xml(s)).orElseThrow();
    }

    private static void assertSameRequest(Iq ours, String example) throws Exception {
        Iq theirs = (Iq) stanza(example);
        assertThat(ours.type()).isEqualTo(theirs.type());
        assertThat(ours.to()).isNull();
        // The example without its indentation whitespace.
        assertThat(ours.query().orElseThrow())
                .isEqualTo(xml(theirs.query().orElseThrow().toString().replaceAll(">\\s+<", "><")));
    }

    @Test
    void countRequestAndAnswerMatchExamples3And4() throws Exception {
        assertSameRequest(OfflineMessages.countRequest(), """
                <iq xmlns='jabber:client' type='get' id='c1'>
                  <query xmlns='http://jabber.org/protocol/disco#info'
                         node='http://jabber.org/protocol/offline'/>
                </iq>""");
        Iq answer = (Iq) stanza("""
                <iq xmlns='jabber:client' type='result' id='c1' to='romeo@montague.net/orchard'>
                  <query xmlns='http://jabber.org/protocol/disco#info'
                         node='http://jabber.org/protocol/offline'>
                    <identity
                        category='automation'
                        type='message-list'/>
                    <feature var='http://jabber.org/protocol/offline'/>
                    <x xmlns='jabber:x:data' type='result'>
                      <field var='FORM_TYPE' type='hidden'>
                        <value>http://jabber.org/protocol/offline</value>
                      </field>
                      <field var='number_of_messages'>
                        <value>66</value>
                      </field>
                    </x>
                  </query>
                </iq>""");
        DiscoInfo info = DiscoInfo.fromXml(answer.query().orElseThrow());
        assertThat(OfflineMessages.count(info)).hasValue(66);
        assertThat(info.hasFeature(OfflineMessages.FEATURE)).isTrue();
        assertThat(OfflineMessages.count(new DiscoInfo(null, List.of(), List.of(), List.of()))).isEmpty();
    }

    @Test
    void headersMatchExamples5And6() throws Exception {
        assertSameRequest(OfflineMessages.headersRequest(), """
                <iq xmlns='jabber:client' type='get' id='h1'>
                  <query xmlns='http://jabber.org/protocol/disco#items'
                         node='http://jabber.org/protocol/offline'/>
                </iq>""");
        Iq answer = (Iq) stanza("""
                <iq xmlns='jabber:client' type='result' id='h1' to='romeo@montague.net/orchard'>
                  <query xmlns='http://jabber.org/protocol/disco#items'
                         node='http://jabber.org/protocol/offline'>
                    <item
                        jid='romeo@montague.net'
                        node='2003-02-27T22:49:17.008Z'
                        name='mercutio@shakespeare.lit/pda'/>
                    <item
                        jid='romeo@montague.net'
                        node='2003-02-27T22:52:37.225Z'
                        name='juliet@capulet.com/balcony'/>
                    <item
                        jid='romeo@montague.net'
                        node='2003-02-27T22:52:51.270Z'
                        name='juliet@capulet.com/balcony'/>
                  </query>
                </iq>""");
        List<OfflineHeader> headers = OfflineMessages.headers(DiscoItems.fromXml(answer.query().orElseThrow()));
        assertThat(headers).containsExactly(
                new OfflineHeader("2003-02-27T22:49:17.008Z", Jid.of("mercutio@shakespeare.lit/pda")),
                new OfflineHeader("2003-02-27T22:52:37.225Z", Jid.of("juliet@capulet.com/balcony")),
                new OfflineHeader("2003-02-27T22:52:51.270Z", Jid.of("juliet@capulet.com/balcony")));
    }

    @Test
    void viewingChosenMessagesMatchesExamples7And8() throws Exception {
        assertSameRequest(OfflineMessages.viewRequest(List.of("2003-02-27T22:52:37.225Z")), """
                <iq xmlns='jabber:client' type='get' id='view1'>
                  <offline xmlns='http://jabber.org/protocol/offline'>
                    <item action='view'
                          node='2003-02-27T22:52:37.225Z'/>
                  </offline>
                </iq>""");
        Message delivered = (Message) stanza("""
                <message xmlns='jabber:client' to='romeo@montague.net' from='juliet@capulet.com/balcony'>
                  <body>O Romeo, Romeo! wherefore art thou Romeo?</body>
                  <offline xmlns='http://jabber.org/protocol/offline'>
                    <item node='2003-02-27T22:52:37.225Z'/>
                  </offline>
                </message>""");
        assertThat(OfflineMessages.node(delivered)).contains("2003-02-27T22:52:37.225Z");
        assertThat(OfflineMessages.node(Message.builder().body("live").build())).isEmpty();
    }

    @Test
    void removingChosenMessagesMatchesExample9() throws Exception {
        assertSameRequest(OfflineMessages.removeRequest(List.of("2003-02-27T22:49:17.008Z", "2003-02-27T22:52:37.225Z")), """
                <iq xmlns='jabber:client' type='set' id='remove1'>
                  <offline xmlns='http://jabber.org/protocol/offline'>
                    <item action='remove'
                          node='2003-02-27T22:49:17.008Z'/>
                    <item action='remove'
                          node='2003-02-27T22:52:37.225Z'/>
                  </offline>
                </iq>""");
        assertThatThrownBy(() -> OfflineMessages.removeRequest(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fetchAndPurgeMatchExamples11And13() throws Exception {
        assertSameRequest(OfflineMessages.fetchRequest(), """
                <iq xmlns='jabber:client' type='get' id='fetch1'>
                  <offline xmlns='http://jabber.org/protocol/offline'>
                    <fetch/>
                  </offline>
                </iq>""");
        assertSameRequest(OfflineMessages.purgeRequest(), """
                <iq xmlns='jabber:client' type='set' id='purge1'>
                  <offline xmlns='http://jabber.org/protocol/offline'>
                    <purge/>
                  </offline>
                </iq>""");
    }
}
