package im.parley.xmpp.im;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6121 §2.1.6 and XEP-0237 §2.5: which pushes are applied, and how. */
class RosterPushTest {
    private static final Jid ME = Jid.of("juliet@example.com/chamber");
    private final InMemoryRosterStore store = new InMemoryRosterStore();
    private final RosterManager manager = new RosterManager(() -> ME, store);
    private final List<String> events = new ArrayList<>();

    RosterPushTest() {
        manager.addListener((updated, removed, replaced) -> events.add(updated + " " + removed));
    }

    private static Iq push(String from, String query) throws Exception {
        String fromAttr = from == null ? "" : " from='" + from + "'";
        return RosterCodecTest.iq("<iq xmlns='jabber:client' type='set' id='p1' to='juliet@example.com/chamber'"
                + fromAttr + ">" + query + "</iq>");
    }

    @Test
    void theRfcPushIsAppliedAndAnswered() throws Exception {
        Iq answer = manager.handlePush(RosterCodecTest.iq(RosterCodecTest.RFC6121_PUSH));

        assertThat(answer.type()).isEqualTo(Iq.Type.RESULT);
        assertThat(answer.id()).isEqualTo("a78b4q6ha463");
        assertThat(manager.items()).containsOnlyKeys(Jid.of("nurse@example.com"));
        assertThat(store.load().items()).hasSize(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void pushFromOwnBareJidIsApplied() throws Exception {
        manager.handlePush(push("juliet@example.com",
                "<query xmlns='jabber:iq:roster'><item jid='romeo@example.net' subscription='both'/></query>"));

        assertThat(manager.item(Jid.of("romeo@example.net"))).get()
                .extracting(RosterItem::subscription).isEqualTo(Subscription.BOTH);
    }

    @Test
    void forgedPushFromAnotherJidIsRefusedAndNotApplied() throws Exception {
        for (String forger : List.of("mallory@evil.example", "juliet@example.com/other", "example.com", "juliet@evil.example")) {
            assertThatThrownBy(() -> manager.handlePush(push(forger,
                    "<query xmlns='jabber:iq:roster'><item jid='mallory@evil.example' subscription='both'/></query>")))
                    .isInstanceOfSatisfying(IqErrorException.class, e ->
                            assertThat(e.error().condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE));
        }

        assertThat(manager.items()).isEmpty();
        assertThat(store.load().items()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void pushWithoutExactlyOneItemIsBadRequest() throws Exception {
        for (String query : List.of("<query xmlns='jabber:iq:roster'/>",
                "<query xmlns='jabber:iq:roster'><item jid='a@example.com'/><item jid='b@example.com'/></query>",
                "<query xmlns='jabber:iq:roster'><item jid='bad@@x'/></query>")) {
            assertThatThrownBy(() -> manager.handlePush(push(null, query)))
                    .isInstanceOfSatisfying(IqErrorException.class, e ->
                            assertThat(e.error().condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST));
        }
        assertThat(manager.items()).isEmpty();
    }

    @Test
    void versionedPushesUpdateTheVersionAndRemoveWorks() throws Exception {
        manager.handlePush(push(null, "<query xmlns='jabber:iq:roster' ver='v1'><item jid='a@example.com' name='A'/></query>"));
        assertThat(manager.version()).isEqualTo("v1");

        // A push without ver leaves the version alone.
        manager.handlePush(push(null, "<query xmlns='jabber:iq:roster'><item jid='b@example.com'/></query>"));
        assertThat(manager.version()).isEqualTo("v1");

        manager.handlePush(push(null,
                "<query xmlns='jabber:iq:roster' ver='v3'><item jid='a@example.com' subscription='remove'/></query>"));
        assertThat(manager.items()).containsOnlyKeys(Jid.of("b@example.com"));
        assertThat(manager.version()).isEqualTo("v3");
        assertThat(store.load().version()).isEqualTo("v3");
        assertThat(store.load().items()).extracting(RosterItem::jid).containsExactly(Jid.of("b@example.com"));
    }
}
