package im.parley.xmpp.im;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** jabber:iq:roster payloads, on the literal examples of RFC 6121 and XEP-0237. */
class RosterCodecTest {
    // RFC 6121 §2.1.4, example "roster result" (with the client namespace added).
    static final String RFC6121_ROSTER_RESULT = """
            <iq xmlns='jabber:client' id='bv1bs71f'
                to='juliet@example.com/chamber'
                type='result'>
              <query xmlns='jabber:iq:roster' ver='ver11'>
                <item jid='romeo@example.net'
                      name='Romeo'
                      subscription='both'>
                  <group>Friends</group>
                </item>
                <item jid='mercutio@example.com'
                      name='Mercutio'
                      subscription='from'/>
                <item jid='benvolio@example.net'
                      name='Benvolio'
                      subscription='both'/>
              </query>
            </iq>""";

    // RFC 6121 §2.1.2.2, approved item; §2.1.2.1 ask='subscribe'.
    static final String APPROVED_AND_ASK = """
            <query xmlns='jabber:iq:roster'>
              <item jid='romeo@example.net' approved='true' subscription='none'/>
              <item jid='nurse@example.com' ask='subscribe' name='Nurse' subscription='none'>
                <group>Servants</group>
                <group>Capulets</group>
              </item>
            </query>""";

    // RFC 6121 §2.3.2, roster set pushed by the server.
    static final String RFC6121_PUSH = """
            <iq xmlns='jabber:client' id='a78b4q6ha463'
                to='juliet@example.com/chamber'
                type='set'>
              <query xmlns='jabber:iq:roster'>
                <item jid='nurse@example.com'/>
              </query>
            </iq>""";

    static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    static Iq iq(String xml) throws Exception {
        return (Iq) Stanza.fromXml(parse(xml)).orElseThrow();
    }

    @Test
    void readsTheRfcRosterResult() throws Exception {
        Roster roster = Roster.fromXml(iq(RFC6121_ROSTER_RESULT).query().orElseThrow());

        assertThat(roster.version()).isEqualTo("ver11");
        assertThat(roster.items()).containsExactly(
                new RosterItem(Jid.of("romeo@example.net"), "Romeo", Subscription.BOTH, false, false, Set.of("Friends")),
                new RosterItem(Jid.of("mercutio@example.com"), "Mercutio", Subscription.FROM, false, false, Set.of()),
                new RosterItem(Jid.of("benvolio@example.net"), "Benvolio", Subscription.BOTH, false, false, Set.of()));
    }

    @Test
    void readsAskApprovedAndGroupsInOrder() throws Exception {
        List<RosterItem> items = Roster.fromXml(parse(APPROVED_AND_ASK)).items();

        assertThat(items.get(0).approved()).isTrue();
        assertThat(items.get(0).askSubscribe()).isFalse();
        assertThat(items.get(1).askSubscribe()).isTrue();
        assertThat(items.get(1).groups()).containsExactly("Servants", "Capulets");
        assertThat(Roster.fromXml(parse(APPROVED_AND_ASK)).version()).isNull();
    }

    @Test
    void missingSubscriptionIsNone() throws Exception {
        RosterItem item = RosterItem.fromXml(iq(RFC6121_PUSH).query().orElseThrow().elements().get(0));

        assertThat(item).isEqualTo(new RosterItem(Jid.of("nurse@example.com"), null, Subscription.NONE, false, false, Set.of()));
    }

    @Test
    void roundTripsEveryField() throws Exception {
        Roster roster = new Roster("v<&>1", List.of(
                new RosterItem(Jid.of("a@example.com"), "A \"quoted\" & <odd>", Subscription.TO, true, true, Set.of("x", "y")),
                new RosterItem(Jid.of("b@example.com"), null, Subscription.NONE, false, false, Set.of()),
                new RosterItem(Jid.of("c@example.com"), null, Subscription.REMOVE, false, false, Set.of())));

        assertThat(Roster.fromXml(parse(roster.toXml().toXml("")))).isEqualTo(roster);
    }

    @Test
    void itemsWithInvalidJidsAreSkippedNotFatal() throws Exception {
        Roster roster = Roster.fromXml(parse("""
                <query xmlns='jabber:iq:roster' ver='7'>
                  <item jid='bad@@example..com' subscription='both'/>
                  <item subscription='both'/>
                  <item jid='ok@example.com' subscription='wrong'/>
                  <item jid='good@example.com' subscription='both'/>
                </query>"""));

        assertThat(roster.items()).extracting(RosterItem::jid).containsExactly(Jid.of("good@example.com"));
        assertThat(roster.version()).isEqualTo("7");
    }

    @Test
    void requestFormLeavesServerOwnedAttributesOut() {
        RosterItem item = new RosterItem(Jid.of("a@example.com"), "A", Subscription.BOTH, true, true, Set.of("g"));

        XmlElement xml = item.toRequestXml();
        assertThat(xml.attributes()).containsOnlyKeys("jid", "name");
        assertThat(xml.children("group", RosterItem.NAMESPACE)).hasSize(1);

        XmlElement remove = new RosterItem(Jid.of("a@example.com"), "A", Subscription.REMOVE, false, false, Set.of("g")).toRequestXml();
        assertThat(remove.attributes()).containsEntry("subscription", "remove").containsOnlyKeys("jid", "subscription");
        assertThat(remove.elements()).isEmpty();
    }

    @Test
    void itemJidsAreBare() throws Exception {
        RosterItem item = RosterItem.fromXml(parse("<item xmlns='jabber:iq:roster' jid='a@example.com/res'/>"));

        assertThat(item.jid()).isEqualTo(Jid.of("a@example.com"));
    }

    @Test
    void wrongElementIsMalformed() {
        assertThatThrownBy(() -> Roster.fromXml(XmlElement.empty("query", "jabber:iq:version")))
                .isInstanceOf(RosterFormatException.class);
    }
}
