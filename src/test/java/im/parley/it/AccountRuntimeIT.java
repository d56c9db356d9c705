package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.call.Call;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.ice.IceSettings;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.ReplyTimeoutException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The account runtime against the real Prosody: a restart that makes resumption impossible loses
 * nothing and doubles nothing; a blocked subscriber delays no one; what a session announces is
 * what it runs (RFC 6121 §2.1.6, XEP-0280, XEP-0115, XEP-0198).
 */
class AccountRuntimeIT {
    private final TestServer prosody = TestServer.prosody();

    private Account account(Jid jid, String resource, List<AccountEvent> events) {
        Account account = new Account(prosody.config(jid.withResource(resource), TestSession.PASSWORD).build());
        account.subscribe(events::add);
        return account;
    }

    private static long count(List<AccountEvent> events, Predicate<AccountEvent> which) {
        return events.stream().filter(which).count();
    }

    private static boolean isBroughtUp(AccountEvent e) {
        return e instanceof AccountEvent.BroughtUp;
    }

    private static Predicate<AccountEvent> received(String body) {
        return e -> e instanceof AccountEvent.MessageReceived m && m.message().body().equals(body);
    }

    private XmppClient online(Jid account, String resource) throws Exception {
        XmppClient c = new XmppClient(prosody.config(account.withResource(resource), TestSession.PASSWORD).build());
        c.connect();
        return c;
    }

    /** RFC 6121 §2.1.6, XEP-0280 §6, XEP-0160: what a fresh session must restore after a restart. */
    @Test
    void afterAServerRestartRosterChangesCarbonsAndStoredMessagesArriveExactlyOnce() throws Exception {
        Jid alice = TestSession.register(prosody, "restart-a");
        Jid bob = TestSession.register(prosody, "restart-b");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Account desk = account(alice, "desk", events)) {
            desk.setCarbons(true);
            desk.connect().get(20, TimeUnit.SECONDS);
            await(() -> count(events, AccountRuntimeIT::isBroughtUp) == 1, "the first session was brought up");

            prosody.restartProsody();
            try (XmppClient bobClient = online(bob, "laptop")) {
                for (int i = 0; i < 3; i++) {
                    bobClient.sendAcknowledged(Message.builder().type(Message.Type.CHAT).to(alice)
                            .body("while you were away " + i).build()).get(10, TimeUnit.SECONDS);
                }
            }
            await(() -> count(events, AccountRuntimeIT::isBroughtUp) == 2, "a fresh session was brought up after the restart");
            assertThat(events).anyMatch(e -> e instanceof AccountEvent.ConnectionChanged c
                    && c.state() instanceof AccountState.Online o && !o.resumed());

            try (XmppClient phone = online(alice, "phone")) {
                new RosterManager(phone).set(RosterItem.of(prosody.jid("newfriend"), "New friend", Set.of("Friends")))
                        .get(10, TimeUnit.SECONDS);
                phone.sendAcknowledged(Message.builder().type(Message.Type.CHAT).to(bob).body("from my phone").build())
                        .get(10, TimeUnit.SECONDS);
                Predicate<AccountEvent> rosterPush = e -> e instanceof AccountEvent.RosterChanged r && !r.replaced()
                        && r.updated().stream().anyMatch(i -> i.jid().equals(prosody.jid("newfriend")));
                Predicate<AccountEvent> carbon = e -> e instanceof AccountEvent.CarbonCopied c
                        && c.direction() == CarbonCopy.Direction.SENT && c.message().body().orElse("").equals("from my phone");
                await(() -> count(events, rosterPush) >= 1 && count(events, carbon) >= 1
                        && count(events, received("while you were away 2")) >= 1, "the push, the carbon and the stored messages");
                Thread.sleep(1_000); // a duplicate would come right behind
                assertThat(count(events, rosterPush)).as("roster push").isEqualTo(1);
                assertThat(count(events, carbon)).as("carbon").isEqualTo(1);
                for (int i = 0; i < 3; i++) {
                    assertThat(count(events, received("while you were away " + i))).as("stored message " + i).isEqualTo(1);
                }
            }
        }
    }

    /**
     * XEP-0198 §4, XEP-0359: messages the server got but never acknowledged, before a restart made
     * resumption impossible, go out again with the same origin-id; the receiving account keeps
     * one copy of each, and the sender sees them delivered.
     */
    @Test
    void messagesLostWithTheirAcksGoOutOnceMoreAndTheReceiverKeepsOneCopy() throws Exception {
        Jid alice = TestSession.register(prosody, "resend-a");
        Jid bob = TestSession.register(prosody, "resend-b");
        List<AccountEvent> sent = new CopyOnWriteArrayList<>();
        List<AccountEvent> got = new CopyOnWriteArrayList<>();
        try (TcpProxy relay = new TcpProxy(prosody.c2sPort());
             Account sender = new Account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD)
                     .server(new ServerAddress("127.0.0.1", relay.port(), false)).build());
             Account receiver = account(bob, "laptop", got)) {
            sender.subscribe(sent::add);
            sender.connect().get(20, TimeUnit.SECONDS);
            receiver.connect().get(20, TimeUnit.SECONDS);
            await(() -> count(sent, AccountRuntimeIT::isBroughtUp) == 1 && count(got, AccountRuntimeIT::isBroughtUp) == 1,
                    "both brought up");

            relay.silenceServer();
            List<TrackedMessage> written = List.of(sender.send(bob, "lost ack 0"), sender.send(bob, "lost ack 1"),
                    sender.send(bob, "lost ack 2"));
            await(() -> count(got, received("lost ack 2")) == 1, "the receiver got the first copies");
            // Stopped while its acks are lost: the sender cannot resume, so it must send again.
            prosody.stopProsody();
            relay.thaw();
            prosody.startProsody();

            await(() -> written.stream().allMatch(m -> delivered(sent, m.originId())), "every message delivered");
            assertThat(count(sent, e -> e instanceof AccountEvent.ConnectionChanged c
                    && c.state() instanceof AccountState.Online o && !o.resumed()))
                    .as("the sender could not resume: a second fresh session took the messages back").isEqualTo(2);
            await(() -> count(got, AccountRuntimeIT::isBroughtUp) >= 2, "the receiver is back too");
            Thread.sleep(1_000); // a second copy would come right behind
            for (int i = 0; i < 3; i++) {
                assertThat(count(got, received("lost ack " + i))).as("copies of message " + i).isEqualTo(1);
            }
        }
    }

    private static boolean delivered(List<AccountEvent> events, String originId) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.DeliveryChanged d
                && d.message().originId().equals(originId) && d.message().state() == DeliveryState.DELIVERED);
    }

    @Test
    void aSubscriberBlockedForTenSecondsDelaysNeitherOtherSubscribersNorPingsNorTimeouts() throws Exception {
        Jid alice = TestSession.register(prosody, "blocked-a");
        Jid bob = TestSession.register(prosody, "blocked-b");
        List<AccountEvent> quick = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (Account account = account(alice, "desk", quick); XmppClient bobClient = online(bob, "laptop")) {
            account.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived) {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException x) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            account.connect().get(20, TimeUnit.SECONDS);
            await(() -> count(quick, AccountRuntimeIT::isBroughtUp) == 1, "brought up");
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                bobClient.send(Message.builder().type(Message.Type.CHAT).to(alice).body("quick " + i).build());
            }
            await(() -> count(quick, received("quick 4")) == 1, "the other subscriber got every message");
            XmppClient session = account.current().client();
            session.query(Ping.request(null)).get(5, TimeUnit.SECONDS);
            // Bob takes this request and never answers it: only our own timeout can end it.
            bobClient.addIqHandler(new IqHandlerKey("query", "urn:example:silent", Iq.Type.GET), request -> null);
            long timeoutStart = System.nanoTime();
            Throwable timedOut = session.query(Iq.get(bobClient.jid(), XmlElement.empty("query", "urn:example:silent")),
                    Duration.ofMillis(500)).handle((r, x) -> x).get(5, TimeUnit.SECONDS);
            assertThat(timedOut instanceof CompletionException ? timedOut.getCause() : timedOut)
                    .isInstanceOf(ReplyTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - timeoutStart)).isLessThan(Duration.ofSeconds(3));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("all of it while the first subscriber is blocked")
                    .isLessThan(Duration.ofSeconds(8));
            release.countDown();
        }
    }

    /** XEP-0030, XEP-0115 §4: a session without the call service announces no Jingle. */
    @Test
    void discoInfoShowsJingleOnlyWhileTheCallServiceRuns() throws Exception {
        Jid alice = TestSession.register(prosody, "disco-a");
        Jid bob = TestSession.register(prosody, "disco-b");
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Account account = account(alice, "desk", events); XmppClient bobClient = online(bob, "laptop")) {
            account.connect().get(20, TimeUnit.SECONDS);
            ServiceDiscovery bobAsks = new ServiceDiscovery(bobClient, List.of(), List.of());
            Jid desk = account.current().client().jid();
            String verBefore = account.current().caps().ownCaps().ver();

            DiscoInfo without = bobAsks.info(desk).get(10, TimeUnit.SECONDS);
            assertThat(without.features()).contains("urn:xmpp:receipts").doesNotContain("urn:xmpp:jingle:1",
                    "urn:xmpp:jingle-message:0", "urn:xmpp:jingle:transports:ice-udp:1", "urn:xmpp:jingle:apps:dtls:0");

            CallService calls = account.current().installCalls(CallSettings.defaults(IceSettings.loopback()), Call::reject);
            DiscoInfo with = bobAsks.info(desk).get(10, TimeUnit.SECONDS);
            assertThat(with.features()).contains("urn:xmpp:jingle:1", "urn:xmpp:jingle-message:0",
                    "urn:xmpp:jingle:apps:rtp:audio");
            String verWith = account.current().caps().ownCaps().ver();
            assertThat(verWith).isNotEqualTo(verBefore);
            DiscoInfo byNode = bobAsks.info(desk, account.current().caps().ownCaps().discoNode()).get(10, TimeUnit.SECONDS);
            assertThat(byNode.features()).contains("urn:xmpp:jingle:1");

            calls.close();
            assertThat(bobAsks.info(desk).get(10, TimeUnit.SECONDS).features()).doesNotContain("urn:xmpp:jingle:1");
            assertThat(account.current().caps().ownCaps().ver()).isEqualTo(verBefore);

            account.enableCalls(CallSettings.defaults(IceSettings.loopback())).get(30, TimeUnit.SECONDS);
            assertThat(bobAsks.info(desk).get(10, TimeUnit.SECONDS).features())
                    .as("calls enabled on the account reach its current session").contains("urn:xmpp:jingle:1");
        }
    }
}
