package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.csi.ClientState;
import im.parley.xmpp.ext.csi.CsiManager;
import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.xml.XmlElement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0352 against Prosody's mod_csi_simple: the nonzas are accepted and the stream goes on. */
class CsiIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void inactiveThenActiveKeepsTheSessionWorking() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build())) {
            alice.connect();
            CsiManager csi = new CsiManager(alice);
            assertThat(csi.isSupported()).as("Prosody advertises urn:xmpp:csi:0").isTrue();
            Jid server = Jid.domain(prosody.domain());

            assertThat(csi.setActive(true)).as("a new stream starts active: nothing to send").isFalse();
            assertThat(csi.setActive(false)).isTrue();
            assertThat(csi.setActive(false)).as("no duplicate").isFalse();
            alice.query(Ping.request(server)).get(20, TimeUnit.SECONDS);

            assertThat(csi.setActive(true)).isTrue();
            alice.query(Ping.request(server)).get(20, TimeUnit.SECONDS);
            assertThat(alice.isConnected()).isTrue();
        }
    }

    @Test
    void theAccountSessionFollowsTheWindow() throws Exception {
        try (AccountSession session = new AccountSession(prosody.config("alice").build())) {
            session.connect();
            session.windowVisible(false);
            assertThat(session.clientState()).isEqualTo(ClientState.INACTIVE);
            session.client().query(Ping.request(Jid.domain(prosody.domain()))).get(20, TimeUnit.SECONDS);
            session.windowVisible(true);
            assertThat(session.clientState()).isEqualTo(ClientState.ACTIVE);
        }
    }

    /** Every stream, resumed or new, starts active (XEP-0352): a hidden window is told again. */
    @Test
    void aHiddenWindowIsToldAgainOnTheNextStream() throws Exception {
        try (TcpProxy proxy = new TcpProxy(prosody.c2sPort());
             XmppClient alice = new XmppClient(prosody.config("alice")
                     .server(new ServerAddress("127.0.0.1", proxy.port(), false)).reconnect(true).build())) {
            CsiManager csi = new CsiManager(alice);
            CountDownLatch back = new CountDownLatch(2); // the first stream, then the next
            alice.addConnectionListener(new ConnectionListener() {
                @Override
                public void resumed() {
                    back.countDown();
                }

                @Override
                public void connected(Jid boundJid) {
                    back.countDown();
                }
            });
            alice.connect();
            XmlElement firstStream = alice.streamFeatures();
            assertThat(csi.setActive(false)).isTrue();

            proxy.cutAll();
            assertThat(back.await(30, TimeUnit.SECONDS)).as("session back").isTrue();

            assertThat(alice.streamFeatures()).isNotSameAs(firstStream);
            assertThat(csi.state()).as("sent again on the new stream").isEqualTo(ClientState.INACTIVE);
            assertThat(csi.setActive(false)).as("and not twice").isFalse();
            alice.query(Ping.request(Jid.domain(prosody.domain()))).get(20, TimeUnit.SECONDS);
        }
    }
}
