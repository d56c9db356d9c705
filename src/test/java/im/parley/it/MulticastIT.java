package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import im.parley.xmpp.ext.address.Address;
import im.parley.xmpp.ext.address.Addresses;
import im.parley.xmpp.ext.address.Multicast;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0033 through ejabberd's mod_multicast: one message, two recipients. servers.sh adds the
 * module to the ejabberd of ../shared/peers, which does not load it; the test is skipped when the
 * server still offers no multicast service (Prosody 0.12 has none).
 */
class MulticastIT {
    private final TestServer ejabberd = TestServer.ejabberd();

    @Test
    void oneMessageToTheServiceReachesBothRecipientsAndNeitherSeesTheBlindCopy() throws Exception {
        try (XmppClient alice = new XmppClient(ejabberd.config("alice").build());
             TestSession bob = online("bob"); TestSession carol = online("carol")) {
            alice.connect();
            Optional<Jid> service = new Multicast(new ServiceDiscovery(alice, List.of(), List.of()))
                    .findService(Jid.domain(ejabberd.domain())).get(20, TimeUnit.SECONDS);
            assumeTrue(service.isPresent(), "the server offers a multicast service");

            String id = "mc-" + UUID.randomUUID();
            alice.send(Multicast.compose(service.get(), Message.builder().id(id).type(Message.Type.CHAT)
                    .body("one for both"), List.of(bob.jid()), List.of(), List.of(carol.jid())));

            for (TestSession recipient : List.of(bob, carol)) {
                Message got = recipient.await(TestSession.withId(id));
                assertThat(got.from().bare()).isEqualTo(ejabberd.jid("alice"));
                assertThat(got.body()).contains("one for both");
                // §6 has the service remove bcc addresses; ejabberd 23.01 leaves a blind-copy
                // recipient its own, so hiding them is up to the receiver.
                Addresses raw = Addresses.fromXml(got.payload("addresses", Addresses.NAMESPACE).orElseThrow());
                System.out.println("MulticastIT: bcc passed on by the service to " + recipient.jid() + ": "
                        + !raw.ofType(Address.Type.BCC).isEmpty());
                Addresses shown = Addresses.forDisplay(got).orElseThrow();
                assertThat(shown.ofType(Address.Type.TO)).extracting(Address::jid).containsExactly(bob.jid());
                assertThat(shown.ofType(Address.Type.BCC)).as("no one is shown who got a blind copy").isEmpty();
            }
        }
    }

    /** Fixed accounts: ejabberd allows one in-band registration per address every 10 minutes. */
    private TestSession online(String user) throws Exception {
        XmppClient client = new XmppClient(ejabberd.config(user).build());
        List<Message> inbox = new CopyOnWriteArrayList<>();
        client.addMessageListener(inbox::add);
        client.connect();
        client.send(Presence.builder().build());
        return new TestSession(ejabberd.jid(user), client, inbox);
    }
}
