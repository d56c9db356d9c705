package im.parley.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.ext.pie.PortableFormatException;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An export is checked whole before an import writes anything. */
class ImportPlanTest {
    private static final Jid TARGET = Jid.of("new@example.net");

    private static ServerData parse(String users) throws PortableFormatException {
        return PortableFormat.parse(("<server-data xmlns='urn:xmpp:pie:0'><host jid='example.org'>" + users
                + "</host></server-data>").getBytes(StandardCharsets.UTF_8));
    }

    private static String user(String name, String content) {
        return "<user name='" + name + "' password='secret'>" + content + "</user>";
    }

    private static String roster(String items) {
        return "<query xmlns='jabber:iq:roster'>" + items + "</query>";
    }

    @Test
    void theOnlyAccountIsPlannedWithoutTheTargetItselfOrWhatNoClientCanImport() throws Exception {
        ServerData data = parse(user("old", roster(
                "<item jid='bob@example.com' name='Bob' subscription='both'><group>Friends</group></item>"
                        + "<item jid='new@example.net' subscription='both'/>")
                + "<vCard xmlns='vcard-temp'><FN>Old</FN></vCard>"
                + "<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'/></query>"
                + "<offline-messages xmlns='urn:xmpp:pie:0'><message xmlns='jabber:client' to='old@example.org'>"
                + "<body>hi</body></message></offline-messages>"
                + "<query xmlns='jabber:iq:privacy'/>"));

        ImportPlan plan = ImportPlan.of(data, null, TARGET.withResource("r"));

        assertThat(plan.source()).isEqualTo(Jid.of("old@example.org"));
        assertThat(plan.target()).isEqualTo(TARGET);
        assertThat(plan.roster()).containsExactly(RosterItem.of(Jid.of("bob@example.com"), "Bob", Set.of("Friends")));
        assertThat(plan.rosterSkipped()).isEqualTo(1);
        assertThat(plan.vCard().fullName()).contains("Old");
        assertThat(plan.privateData()).hasSize(1);
        assertThat(plan.notImported()).hasSize(4).anySatisfy(n -> assertThat(n).startsWith("the password"))
                .anySatisfy(n -> assertThat(n).startsWith("presence subscriptions"))
                .anySatisfy(n -> assertThat(n).startsWith("1 offline messages"))
                .anySatisfy(n -> assertThat(n).contains("{jabber:iq:privacy}query"));
    }

    @Test
    void severalAccountsNeedAChoice() throws Exception {
        ServerData data = parse(user("a", "") + user("b", ""));
        assertThatThrownBy(() -> ImportPlan.of(data, null, TARGET)).isInstanceOf(PortableFormatException.class)
                .hasMessageContaining("2 accounts").hasMessageContaining("a@example.org, b@example.org");
        assertThat(ImportPlan.of(data, Jid.of("b@example.org"), TARGET).source()).isEqualTo(Jid.of("b@example.org"));
        assertThatThrownBy(() -> ImportPlan.of(data, Jid.of("c@example.org"), TARGET))
                .hasMessageContaining("no account c@example.org");
    }

    @Test
    void aRosterRemovalIsRefused() throws Exception {
        ServerData data = parse(user("old", roster("<item jid='bob@example.com' subscription='remove'/>")));
        assertThatThrownBy(() -> ImportPlan.of(data, null, TARGET)).isInstanceOf(PortableFormatException.class)
                .hasMessageContaining("asks to remove bob@example.com");
    }

    @Test
    void aContactTwiceIsRefused() throws Exception {
        ServerData data = parse(user("old", roster("<item jid='bob@example.com'/><item jid='bob@example.com/x'/>")));
        assertThatThrownBy(() -> ImportPlan.of(data, null, TARGET)).hasMessageContaining("bob@example.com twice");
    }

    @Test
    void privateElementsNeedANamespaceOfTheirOwnAndOneEach() throws Exception {
        assertThatThrownBy(() -> ImportPlan.of(parse(user("old",
                "<query xmlns='jabber:iq:private'><storage xmlns='jabber:iq:private'/></query>")), null, TARGET))
                .hasMessageContaining("without a namespace of its own");
        assertThatThrownBy(() -> ImportPlan.of(parse(user("old", "<query xmlns='jabber:iq:private'>"
                + "<storage xmlns='storage:bookmarks'/><storage xmlns='storage:bookmarks'/></query>")), null, TARGET))
                .hasMessageContaining("{storage:bookmarks}storage twice");
    }

    @Test
    void anArchivedMessageOfStrangersIsRefused() throws Exception {
        String archive = "<archive xmlns='urn:xmpp:pie:0#mam'><result xmlns='urn:xmpp:mam:2' id='1'>"
                + "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='eve@example.com'"
                + " to='bob@example.com' type='chat'><body>planted</body></message></forwarded></result></archive>";
        assertThatThrownBy(() -> ImportPlan.of(parse(user("old", archive)), null, TARGET))
                .isInstanceOf(PortableFormatException.class)
                .hasMessageContaining("message 1 of the archive of old@example.org is from eve@example.com");
    }
}
