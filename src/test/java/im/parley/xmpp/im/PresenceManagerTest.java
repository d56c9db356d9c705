package im.parley.xmpp.im;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Incoming presence through the manager, without a server (the client is never connected). */
class PresenceManagerTest {
    private final XmppClient client = new XmppClient(ClientConfig.builder(Jid.of("juliet@example.com"))
            .password("x".toCharArray()).build());
    private final PresenceManager manager = new PresenceManager(client);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void subscriptionRequestIsAnEventWithTheNickAndNeverApproved() {
        List<SubscriptionEvent> events = new ArrayList<>();
        manager.addSubscriptionListener(events::add);

        // RFC 6121 §3.1.1 request, with an XEP-0172 nick.
        manager.received(Presence.builder().from(Jid.of("romeo@example.net/orchard")).type(Presence.Type.SUBSCRIBE)
                .payload(XmlElement.ofText("nick", PresenceManager.NICK_NAMESPACE, "Romeo")).build());
        manager.received(Presence.builder().from(Jid.of("nurse@example.com")).type(Presence.Type.UNSUBSCRIBED).build());

        assertThat(events).containsExactly(
                new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, Jid.of("romeo@example.net"), "Romeo"),
                new SubscriptionEvent(SubscriptionEvent.Kind.DENIED_OR_CANCELLED, Jid.of("nurse@example.com"), null));
        assertThat(client.unacknowledgedCount()).isZero();
        assertThat(manager.table().contactCount()).isZero();
    }

    @Test
    void availabilityGoesToTheTableAndTheListeners() {
        List<Presence> seen = new ArrayList<>();
        manager.addPresenceListener(seen::add);

        manager.received(Presence.builder().from(Jid.of("romeo@example.net/orchard")).show(Presence.Show.AWAY).build());
        manager.received(Presence.builder().from(Jid.of("romeo@example.net/other")).type(Presence.Type.UNAVAILABLE).build());

        assertThat(seen).hasSize(1);
        assertThat(manager.mostAvailable(Jid.of("romeo@example.net"))).get()
                .extracting(ResourcePresence::show).isEqualTo(Presence.Show.AWAY);
    }

    @Test
    void rebroadcastRepeatsOnlyAnAvailablePresence() {
        assertThat(manager.rebroadcast()).as("nothing sent yet").isCompletedWithValue(false);

        manager.sendAvailable(Presence.Show.AWAY, "lunch", 0);
        // The client is not connected, so the attempt fails; that it is made is the point.
        assertThat(manager.rebroadcast()).isCompletedExceptionally();

        manager.sendUnavailable("gone");
        assertThat(manager.rebroadcast()).as("the user chose to be offline").isCompletedWithValue(false);
    }

    @Test
    void refreshSendsOnlyWhenWhatThePresenceCarriesChanged() {
        String[] caps = {"v1"};
        PresenceManager decorated = new PresenceManager(client, new PresenceTable(),
                p -> p.toBuilder().payload(XmlElement.empty("c", "http://jabber.org/protocol/caps")
                        .withAttribute("ver", caps[0])).build());
        assertThat(decorated.refresh()).as("nothing sent yet").isCompletedWithValue(false);

        decorated.sendAvailable(null, null, 0);
        assertThat(decorated.refresh()).as("the same caps").isCompletedWithValue(false);
        caps[0] = "v2";
        // The client is not connected, so the attempt fails; that it is made is the point.
        assertThat(decorated.refresh()).isCompletedExceptionally();
        assertThat(decorated.refresh()).as("v2 was sent already").isCompletedWithValue(false);

        decorated.sendUnavailable("gone");
        caps[0] = "v3";
        assertThat(decorated.refresh()).as("the user chose to be offline").isCompletedWithValue(false);
    }
}
