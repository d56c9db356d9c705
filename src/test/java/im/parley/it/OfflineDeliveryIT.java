package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What reaches an account that was offline, through the real Prosody: messages with the server's
 * XEP-0203 delay stamp, and subscription requests with the requester's XEP-0172 nick.
 */
class OfflineDeliveryIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void aMessageSentWhileOfflineArrivesWithTheServersDelayStampAndALiveOneWithout() throws Exception {
        Jid dana = TestSession.register(prosody, "delay-d");
        try (TestSession erin = TestSession.fresh(prosody, "delay-e")) {
            String storedId = "stored-" + UUID.randomUUID();
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            erin.client().sendAcknowledged(Message.builder().to(dana).id(storedId).type(Message.Type.CHAT)
                    .body("left while you were away").build()).get(20, TimeUnit.SECONDS);
            Instant after = Instant.now();
            // Long enough that a stamp of the delivery time would differ from the sending time.
            Thread.sleep(1500);

            try (TestSession online = TestSession.online(prosody, dana)) {
                Message stored = online.await(TestSession.withId(storedId));
                assertThat(stored.from().bare()).isEqualTo(erin.jid());
                assertThat(stored.body()).contains("left while you were away");
                Delay delay = Delay.of(stored).orElseThrow(() -> new AssertionError("no delay on " + stored));
                assertThat(delay.from()).isEqualTo(Jid.domain(prosody.domain()));
                assertThat(delay.stamp()).isBetween(before.minus(Duration.ofSeconds(1)), after.plus(Duration.ofSeconds(1)));

                String liveId = "live-" + UUID.randomUUID();
                erin.client().send(Message.builder().to(dana).id(liveId).type(Message.Type.CHAT).body("now live").build());
                assertThat(Delay.of(online.await(TestSession.withId(liveId)))).isEmpty();
            }
        }
    }

    @Test
    void aSubscriptionRequestCarriesTheRequestersNickLiveAndWhenStoredForLater() throws Exception {
        Jid ivy = TestSession.register(prosody, "nick-i");
        try (TestSession henry = TestSession.fresh(prosody, "nick-h"); TestSession frank = TestSession.fresh(prosody, "nick-f")) {
            BlockingQueue<SubscriptionEvent> henrysRequests = new LinkedBlockingQueue<>();
            new PresenceManager(henry.client()).addSubscriptionListener(henrysRequests::add);

            PresenceManager franksPresence = new PresenceManager(frank.client());
            franksPresence.subscribe(henry.jid(), "Frank F.").get(20, TimeUnit.SECONDS);
            assertThat(henrysRequests.poll(20, TimeUnit.SECONDS))
                    .isEqualTo(new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, frank.jid(), "Frank F."));

            // ivy has never been online: the server keeps the request until her initial presence.
            franksPresence.subscribe(ivy, "Frank F.").get(20, TimeUnit.SECONDS);
            try (XmppClient ivyClient = new XmppClient(prosody.config(ivy, TestSession.PASSWORD).build())) {
                BlockingQueue<SubscriptionEvent> ivysRequests = new LinkedBlockingQueue<>();
                PresenceManager ivysPresence = new PresenceManager(ivyClient);
                ivysPresence.addSubscriptionListener(ivysRequests::add);
                ivyClient.connect();
                ivysPresence.sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
                assertThat(ivysRequests.poll(20, TimeUnit.SECONDS))
                        .isEqualTo(new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, frank.jid(), "Frank F."));
            }
        }
    }
}
