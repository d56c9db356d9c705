package im.parley.xmpp.ext.rosterx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** XEP-0144 examples 1-3 and the §3 rules on which suggestions reach the user. */
class RosterExchangeTest {
    // XEP-0144 example 1, "Suggesting Addition".
    private static final String ADDITION = """
            <message xmlns='jabber:client' from='horatio@denmark.lit' to='hamlet@denmark.lit'>
              <body>Some visitors, m'lord!</body>
              <x xmlns='http://jabber.org/protocol/rosterx'>
                <item action='add'
                      jid='rosencrantz@denmark.lit'
                      name='Rosencrantz'>
                  <group>Visitors</group>
                </item>
                <item action='add'
                      jid='guildenstern@denmark.lit'
                      name='Guildenstern'>
                  <group>Visitors</group>
                </item>
              </x>
            </message>""";
    // XEP-0144 example 2, "Suggesting Deletion".
    private static final String DELETION = """
            <message xmlns='jabber:client' from='horatio@denmark.lit' to='hamlet@denmark.lit'>
              <x xmlns='http://jabber.org/protocol/rosterx'>
                <item action='delete'
                      jid='rosencrantz@denmark'
                      name='Rosencrantz'>
                   <group>Visitors</group>
                 </item>
                 <item action='delete'
                       jid='guildenstern@denmark'
                       name='Guildenstern'>
                   <group>Visitors</group>
                 </item>
              </x>
            </message>""";
    // XEP-0144 example 3, "Suggesting Modification".
    private static final String MODIFICATION = """
            <message xmlns='jabber:client' from='horatio@denmark.lit' to='hamlet@denmark.lit'>
              <x xmlns='http://jabber.org/protocol/rosterx'>
                <item action='modify'
                      jid='rosencrantz@denmark.lit'
                      name='Rosencrantz'>
                  <group>Retinue</group>
                </item>
                <item action='modify'
                      jid='guildenstern@denmark.lit'
                      name='Guildenstern'>
                  <group>Retinue</group>
                </item>
              </x>
            </message>""";

    private static XmlElement xml(String s) throws Exception {
        return XmlStreamParser.parseDocument(s.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static RosterExchange exchange(String s) throws Exception {
        return RosterExchange.from(Stanza.fromXml(xml(s)).orElseThrow()).orElseThrow();
    }

    private static RosterItem item(String jid, String name, String... groups) {
        return new RosterItem(Jid.of(jid), name, Subscription.BOTH, false, false, Set.of(groups));
    }

    @Test
    void readsAndWritesTheAdditionExample() throws Exception {
        RosterExchange x = exchange(ADDITION);

        assertThat(x.items()).containsExactly(
                new RosterSuggestion(RosterSuggestion.Action.ADD, Jid.of("rosencrantz@denmark.lit"), "Rosencrantz", Set.of("Visitors")),
                new RosterSuggestion(RosterSuggestion.Action.ADD, Jid.of("guildenstern@denmark.lit"), "Guildenstern", Set.of("Visitors")));
        assertThat(RosterExchange.fromXml(xml(x.toXml().toString()))).isEqualTo(x);
        Message sent = Message.builder().body("Some visitors, m'lord!").payload(x.toXml()).build();
        assertThat(RosterExchange.from(sent)).contains(x);
    }

    @Test
    void readsDeletionAndModificationExamples() throws Exception {
        assertThat(exchange(DELETION).items()).extracting(RosterSuggestion::action)
                .containsOnly(RosterSuggestion.Action.DELETE);
        assertThat(exchange(DELETION).items().get(0).jid()).isEqualTo(Jid.of("rosencrantz@denmark"));
        assertThat(exchange(MODIFICATION).items()).allSatisfy(s -> {
            assertThat(s.action()).isEqualTo(RosterSuggestion.Action.MODIFY);
            assertThat(s.groups()).containsExactly("Retinue");
        });
    }

    @Test
    void aMissingActionMeansAddAndEmptyOrJidlessItemsAreRefused() throws Exception {
        RosterExchange x = RosterExchange.fromXml(xml(
                "<x xmlns='http://jabber.org/protocol/rosterx'><item jid='a@b.lit/res'/></x>"));
        assertThat(x.items().get(0).action()).isEqualTo(RosterSuggestion.Action.ADD);
        assertThat(x.items().get(0).jid()).isEqualTo(Jid.of("a@b.lit"));

        assertThatThrownBy(() -> RosterExchange.fromXml(xml("<x xmlns='http://jabber.org/protocol/rosterx'/>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> RosterExchange.fromXml(xml(
                "<x xmlns='http://jabber.org/protocol/rosterx'><item name='x'/></x>"))).isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void onlySuggestionsThatWouldChangeSomethingAreOffered() throws Exception {
        Map<Jid, RosterItem> roster = new HashMap<>();
        roster.put(Jid.of("rosencrantz@denmark.lit"), item("rosencrantz@denmark.lit", "Rosencrantz", "Visitors"));

        assertThat(exchange(ADDITION).pending(roster)).extracting(s -> s.jid().toString())
                .containsExactly("guildenstern@denmark.lit");
        assertThat(exchange(MODIFICATION).pending(roster)).extracting(s -> s.jid().toString())
                .containsExactly("rosencrantz@denmark.lit");
        assertThat(exchange(DELETION).pending(roster)).as("neither is on the roster").isEmpty();
        roster.put(Jid.of("guildenstern@denmark"), item("guildenstern@denmark", "G", "Friends"));
        assertThat(exchange(DELETION).pending(roster)).as("not in the Visitors group").isEmpty();
    }

    @Test
    void suggestionsNeverTouchTheRoster() throws Exception {
        Map<Jid, RosterItem> roster = Collections.unmodifiableMap(
                new HashMap<>(Map.of(Jid.of("rosencrantz@denmark.lit"), item("rosencrantz@denmark.lit", "R", "Visitors"))));
        Map<Jid, RosterItem> before = Map.copyOf(roster);

        List<RosterSuggestion> offered = exchange(ADDITION).pending(roster);
        exchange(DELETION).pending(roster);
        exchange(MODIFICATION).pending(roster);

        assertThat(offered).isNotEmpty();
        assertThat(roster).isEqualTo(before);
    }

    @Test
    void acceptedSuggestionsBecomeTheRosterSetsOfSection3() throws Exception {
        RosterSuggestion addRosencrantz = exchange(ADDITION).items().get(0);
        assertThat(addRosencrantz.change(null)).contains(
                RosterItem.of(Jid.of("rosencrantz@denmark.lit"), "Rosencrantz", Set.of("Visitors")));
        assertThat(addRosencrantz.change(item("rosencrantz@denmark.lit", "Ros", "Friends")))
                .as("joins the group, keeps the user's name")
                .contains(RosterItem.of(Jid.of("rosencrantz@denmark.lit"), "Ros", Set.of("Friends", "Visitors")));

        RosterSuggestion deleteRosencrantz = exchange(DELETION).items().get(0);
        assertThat(deleteRosencrantz.change(item("rosencrantz@denmark", "R", "Visitors")))
                .hasValueSatisfying(i -> assertThat(i.isRemove()).isTrue());
        assertThat(deleteRosencrantz.change(item("rosencrantz@denmark", "R", "Visitors", "Friends")))
                .as("only out of the named group")
                .contains(RosterItem.of(Jid.of("rosencrantz@denmark"), "R", Set.of("Friends")));

        RosterSuggestion modifyRosencrantz = exchange(MODIFICATION).items().get(0);
        assertThat(modifyRosencrantz.change(item("rosencrantz@denmark.lit", "R", "Visitors")))
                .contains(RosterItem.of(Jid.of("rosencrantz@denmark.lit"), "Rosencrantz", Set.of("Retinue")));
        assertThat(modifyRosencrantz.change(item("rosencrantz@denmark.lit", "Rosencrantz", "Retinue"))).isEmpty();
        assertThat(modifyRosencrantz.change(null)).as("nothing to modify").isEmpty();
    }
}
