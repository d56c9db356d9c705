package im.parley.xmpp.ext.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.privacy.PrivacyItem.Action;
import im.parley.xmpp.ext.privacy.PrivacyItem.StanzaKind;
import im.parley.xmpp.ext.privacy.PrivacyItem.Type;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** XEP-0016 payloads read from the XEP's own examples (the stream namespace added). */
class PrivacyListTest {
    private static PrivacyQuery query(String iqXml) throws Exception {
        Iq iq = (Iq) Stanza.fromXml(XmlStreamParser.parseDocument(iqXml.getBytes(StandardCharsets.UTF_8),
                Limits.defaults())).orElseThrow();
        return PrivacyQuery.fromXml(iq.query().orElseThrow());
    }

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void namesWithActiveAndDefaultOfExample2() throws Exception {
        PrivacyQuery q = query("""
                <iq xmlns='jabber:client' type='result' id='getlist1' to='romeo@example.net/orchard'>
                <query xmlns='jabber:iq:privacy'>
                  <active name='private'/>
                  <default name='public'/>
                  <list name='public'/>
                  <list name='private'/>
                  <list name='special'/>
                </query>
                </iq>""");
        assertThat(q.active()).isEqualTo(new PrivacyQuery.Choice("private"));
        assertThat(q.defaultList()).isEqualTo(new PrivacyQuery.Choice("public"));
        assertThat(q.names()).containsExactly("public", "private", "special");
        assertThat(PrivacyQuery.fromXml(q.toXml())).isEqualTo(q);
    }

    @Test
    void jidAndFallThroughItemsOfExample4() throws Exception {
        PrivacyList list = query("""
                <iq xmlns='jabber:client' type='result' id='getlist2' to='romeo@example.net/orchard'>
                <query xmlns='jabber:iq:privacy'>
                  <list name='public'>
                    <item type='jid'
                          value='tybalt@example.com'
                          action='deny'
                          order='1'/>
                    <item action='allow' order='2'/>
                  </list>
                </query>
                </iq>""").lists().get(0);
        assertThat(list).isEqualTo(new PrivacyList("public", List.of(
                new PrivacyItem(Type.JID, "tybalt@example.com", Action.DENY, 1, Set.of()),
                PrivacyItem.fallThrough(Action.ALLOW, 2))));
        assertThat(PrivacyList.fromXml(list.toXml())).isEqualTo(list);
    }

    @Test
    void subscriptionItemOfExample6() throws Exception {
        PrivacyList list = query("""
                <iq xmlns='jabber:client' type='result' id='getlist3' to='romeo@example.net/orchard'>
                <query xmlns='jabber:iq:privacy'>
                  <list name='private'>
                    <item type='subscription'
                          value='both'
                          action='allow'
                          order='10'/>
                    <item action='deny' order='15'/>
                  </list>
                </query>
                </iq>""").lists().get(0);
        assertThat(list.items().get(0)).isEqualTo(new PrivacyItem(Type.SUBSCRIPTION, "both", Action.ALLOW, 10, Set.of()));
    }

    @Test
    void groupAndStanzaChildrenOfTheBlockingExamples() throws Exception {
        PrivacyItem group = PrivacyItem.fromXml(parse("""
                <item xmlns='jabber:iq:privacy' type='group' value='Enemies' action='deny' order='4'>
                  <message/>
                </item>"""));
        assertThat(group).isEqualTo(new PrivacyItem(Type.GROUP, "Enemies", Action.DENY, 4, Set.of(StanzaKind.MESSAGE)));
        PrivacyItem both = new PrivacyItem(null, null, Action.DENY, 6, Set.of(StanzaKind.PRESENCE_OUT, StanzaKind.IQ));
        assertThat(both.toXml().toString()).isEqualTo("<item xmlns=\"jabber:iq:privacy\" action=\"deny\" order=\"6\">"
                + "<iq/><presence-out/></item>");
        assertThat(PrivacyItem.fromXml(both.toXml())).isEqualTo(both);
    }

    @Test
    void declineIsAnActiveElementWithoutName() throws Exception {
        // XEP-0016 example 'Client declines the use of active lists'.
        PrivacyQuery q = query("""
                <iq xmlns='jabber:client' from='romeo@example.net/orchard' type='set' id='active3'>
                <query xmlns='jabber:iq:privacy'>
                  <active/>
                </query>
                </iq>""");
        assertThat(q.active()).isEqualTo(PrivacyQuery.Choice.decline());
        assertThat(q.defaultList()).isNull();
        assertThat(q.toXml().toString()).isEqualTo("<query xmlns=\"jabber:iq:privacy\"><active/></query>");
    }

    @Test
    void malformedItemsAreRefused() {
        for (String bad : List.of(
                "<item xmlns='jabber:iq:privacy' action='allow'/>",
                "<item xmlns='jabber:iq:privacy' action='maybe' order='1'/>",
                "<item xmlns='jabber:iq:privacy' type='jid' action='deny' order='1'/>",
                "<item xmlns='jabber:iq:privacy' type='subscription' value='all' action='deny' order='1'/>",
                "<item xmlns='jabber:iq:privacy' action='deny' order='-1'/>",
                "<item xmlns='jabber:iq:privacy' type='colour' value='x' action='deny' order='1'/>")) {
            assertThatThrownBy(() -> PrivacyItem.fromXml(parse(bad))).as(bad).isInstanceOf(PayloadFormatException.class);
        }
        assertThatThrownBy(() -> PrivacyList.fromXml(parse("""
                <list xmlns='jabber:iq:privacy' name='x'><item action='deny' order='1'/><item action='allow' order='1'/></list>""")))
                .isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void pushesOnlyFromTheAccount() {
        Jid account = Jid.of("romeo@example.net/orchard");
        assertThat(PrivacyManager.isFromAccount(null, account)).isTrue();
        assertThat(PrivacyManager.isFromAccount(Jid.of("romeo@example.net"), account)).isTrue();
        assertThat(PrivacyManager.isFromAccount(Jid.of("tybalt@example.com/x"), account)).isFalse();
        assertThat(PrivacyManager.isFromAccount(Jid.of("romeo@example.net/home"), account)).isFalse();
    }
}
