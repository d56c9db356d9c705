package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.transport.ServerAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0199/XEP-0198: a connection that silently stops carrying data is found dead and replaced. */
class LivenessIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void silentConnectionIsDetectedAndTheSessionResumes() throws Exception {
        try (TcpProxy proxy = new TcpProxy(prosody.c2sPort());
             XmppClient client = new XmppClient(prosody.config("carol")
                     .server(new ServerAddress("127.0.0.1", proxy.port(), false))
                     .pingInterval(Duration.ofSeconds(2)).replyTimeout(Duration.ofSeconds(2))
                     .reconnect(true).build())) {
            CountDownLatch lost = new CountDownLatch(1);
            CountDownLatch resumed = new CountDownLatch(1);
            client.addConnectionListener(new ConnectionListener() {
                @Override
                public void connectionLost(Exception cause, boolean willRetry) {
                    lost.countDown();
                }

                @Override
                public void resumed() {
                    resumed.countDown();
                }
            });
            client.connect();

            proxy.freeze();
            assertThat(lost.await(15, TimeUnit.SECONDS)).as("dead connection detected").isTrue();
            proxy.cutAll();
            proxy.thaw();

            assertThat(resumed.await(20, TimeUnit.SECONDS)).as("session resumed").isTrue();
            client.query(Ping.request(null)).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void serverPingsAreAnswered() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            im.parley.xmpp.ext.CoreResponders.install(bob,
                    new im.parley.xmpp.ext.version.SoftwareVersion("Parley", "test", null), () -> Duration.ZERO);
            alice.connect();
            bob.connect();

            alice.query(Ping.request(bob.jid())).get(10, TimeUnit.SECONDS);
        }
    }
}
