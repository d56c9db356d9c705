package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.transport.ServerAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The per-account client service over a real Prosody, across a connection loss. */
class AccountSessionIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void afterAFreshSessionReplacesALostOneOurPresenceIsBackAndStoredMessagesArrive() throws Exception {
        Jid account = TestSession.register(prosody, "rebroadcast");
        // Without Stream Management every reconnection is a fresh session: nothing to resume.
        try (TcpProxy proxy = new TcpProxy(prosody.c2sPort());
             AccountSession session = new AccountSession(prosody.config(account, TestSession.PASSWORD)
                     .server(new ServerAddress("127.0.0.1", proxy.port(), false))
                     .streamManagement(false).reconnect(true)
                     .connectTimeout(Duration.ofSeconds(2)).replyTimeout(Duration.ofSeconds(5)).build());
             TestSession friend = TestSession.fresh(prosody, "rebroadcast-friend")) {
            List<Message> inbox = new CopyOnWriteArrayList<>();
            List<Presence> ownPresence = new CopyOnWriteArrayList<>();
            CountDownLatch lost = new CountDownLatch(1);
            CountDownLatch secondSession = new CountDownLatch(2);
            session.client().addMessageListener(inbox::add);
            session.client().addPresenceListener(p -> {
                if (p.from() != null && p.from().bare().equals(account)) {
                    ownPresence.add(p);
                }
            });
            session.client().addConnectionListener(new ConnectionListener() {
                @Override
                public void connected(Jid boundJid) {
                    secondSession.countDown();
                }

                @Override
                public void connectionLost(Exception cause, boolean willRetry) {
                    lost.countDown();
                }
            });
            session.connect();
            session.presence().sendAvailable(Presence.Show.AWAY, "back soon", 0).get(10, TimeUnit.SECONDS);

            // A silent network, then both ends see the sockets close: the server ends the session.
            proxy.freeze();
            proxy.cutAll();
            assertThat(lost.await(10, TimeUnit.SECONDS)).as("connection loss noticed").isTrue();
            ownPresence.clear();
            // While no session exists the server stores what is sent to the account.
            String id = "while-away-" + UUID.randomUUID();
            Thread.sleep(500);
            friend.client().sendAcknowledged(Message.builder().to(account).id(id).type(Message.Type.CHAT)
                    .body("sent while you were cut off").build()).get(10, TimeUnit.SECONDS);
            proxy.thaw();

            assertThat(secondSession.await(40, TimeUnit.SECONDS)).as("a fresh session").isTrue();
            Message stored = await(inbox, m -> id.equals(m.id()));
            assertThat(Delay.of(stored)).as("it was stored, then delivered on our presence").isPresent();
            Presence echoed = await(ownPresence, p -> p.type() == Presence.Type.AVAILABLE);
            assertThat(echoed.show()).contains(Presence.Show.AWAY);
            assertThat(echoed.status()).contains("back soon");
        }
    }

    private static <T> T await(List<T> list, Predicate<T> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (T t : list) {
                if (p.test(t)) {
                    return t;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing matching arrived within 20 s; got " + list);
    }
}
