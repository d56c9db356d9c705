package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * XEP-0126 invisibility against ejabberd's privacy lists (Prosody 0.12 has none): a contact who
 * shares presence sees the user go offline and come back, while messages keep arriving; and a
 * fresh session that starts invisible never shows itself.
 */
class InvisibilityIT {
    private final TestServer ejabberd = TestServer.ejabberd();

    @Test
    void anInvisibleUserStillGetsMessagesWhileTheirContactSeesThemOffline() throws Exception {
        Jid alice = ejabberd.registerByAdmin("invisible-a");
        Jid bob = ejabberd.registerByAdmin("invisible-b");
        BlockingQueue<Presence> bobSees = new LinkedBlockingQueue<>();
        BlockingQueue<AccountEvent> aliceGets = new LinkedBlockingQueue<>();
        try (AccountSession contact = new AccountSession(ejabberd.config(bob.withResource("phone"),
                TestSession.PASSWORD).build());
             Account user = new Account(ejabberd.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
            contact.presence().addPresenceListener(p -> {
                if (p.from() != null && p.from().bare().equals(alice)) {
                    bobSees.add(p);
                }
            });
            user.subscribe(aliceGets::add);
            contact.connect();
            contact.roster().fetch().get(20, TimeUnit.SECONDS);
            contact.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            user.connect().get(30, TimeUnit.SECONDS);
            AccountSession session = user.current();
            assumeTrue(session.invisibility().offeredBy(alice).get(20, TimeUnit.SECONDS),
                    "the server offers privacy lists");
            sharePresence(session, contact, alice, bob, aliceGets);
            assertThat(next(bobSees, p -> p.type() == Presence.Type.AVAILABLE)).as("alice seen online").isNotNull();

            user.setInvisible(null).get(20, TimeUnit.SECONDS);
            assertThat(next(bobSees, p -> p.type() == Presence.Type.UNAVAILABLE)).as("alice seen offline").isNotNull();

            contact.client().send(Message.builder().type(Message.Type.CHAT).to(alice).id("inv-1")
                    .body("are you there?").build());
            assertThat(next(aliceGets, e -> e instanceof AccountEvent.MessageReceived m
                    && "are you there?".equals(m.message().stanza().body().orElse(null))))
                    .as("the message reached the invisible user").isNotNull();
            // A caps change or status while hidden must not leak: the list denies every presence.
            user.setInvisible("still hidden").get(20, TimeUnit.SECONDS);
            contact.ping(null).get(20, TimeUnit.SECONDS);
            assertThat(bobSees.poll(2, TimeUnit.SECONDS)).as("nothing while invisible").isNull();

            user.setPresence(Presence.Show.AWAY, "back", 0).get(20, TimeUnit.SECONDS);
            Presence back = next(bobSees, p -> p.type() == Presence.Type.AVAILABLE);
            assertThat(back).as("alice seen again").isNotNull();
            assertThat(back.show()).contains(Presence.Show.AWAY);
        }
    }

    @Test
    void aSessionThatStartsInvisibleNeverShowsItself() throws Exception {
        Jid alice = ejabberd.registerByAdmin("hidden-a");
        Jid bob = ejabberd.registerByAdmin("hidden-b");
        BlockingQueue<Presence> bobSees = new LinkedBlockingQueue<>();
        BlockingQueue<AccountEvent> aliceGets = new LinkedBlockingQueue<>();
        try (AccountSession contact = new AccountSession(ejabberd.config(bob.withResource("phone"),
                TestSession.PASSWORD).build())) {
            contact.presence().addPresenceListener(p -> {
                if (p.from() != null && p.from().bare().equals(alice)) {
                    bobSees.add(p);
                }
            });
            contact.connect();
            contact.roster().fetch().get(20, TimeUnit.SECONDS);
            contact.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            try (Account first = new Account(ejabberd.config(alice.withResource("desk"), TestSession.PASSWORD).build())) {
                first.subscribe(aliceGets::add);
                first.connect().get(30, TimeUnit.SECONDS);
                assumeTrue(first.current().invisibility().offeredBy(alice).get(20, TimeUnit.SECONDS),
                        "the server offers privacy lists");
                sharePresence(first.current(), contact, alice, bob, aliceGets);
            }

            try (Account user = new Account(ejabberd.config(alice.withResource("laptop"), TestSession.PASSWORD)
                    .build())) {
                BlockingQueue<AccountEvent> laptopGets = new LinkedBlockingQueue<>();
                user.subscribe(laptopGets::add);
                user.setInvisible(null);
                user.connect().get(30, TimeUnit.SECONDS);
                assertThat(next(laptopGets, e -> e instanceof AccountEvent.BroughtUp)).as("brought up").isNotNull();
                contact.ping(null).get(20, TimeUnit.SECONDS);
                Thread.sleep(2000);
                assertThat(bobSees).as("no presence from the hidden session")
                        .noneMatch(p -> "laptop".equals(p.from().resource()));
                // Available to the server all the same: a message to the bare address reaches it, not offline storage.
                contact.client().send(Message.builder().type(Message.Type.CHAT).to(alice).id("hid-1")
                        .body("hello hidden").build());
                assertThat(next(laptopGets, e -> e instanceof AccountEvent.MessageReceived m
                        && "hello hidden".equals(m.message().stanza().body().orElse(null)))).isNotNull();
            }
        }
    }

    /** Alice and Bob each subscribe to the other, each approving the other's request. */
    private static void sharePresence(AccountSession user, AccountSession contact, Jid alice, Jid bob,
                                       BlockingQueue<AccountEvent> aliceGets) throws Exception {
        BlockingQueue<SubscriptionEvent> bobRequests = new LinkedBlockingQueue<>();
        contact.presence().addSubscriptionListener(bobRequests::add);
        user.roster().set(RosterItem.of(bob, "Bob", Set.of())).get(20, TimeUnit.SECONDS);
        user.presence().subscribe(bob, null).get(20, TimeUnit.SECONDS);
        SubscriptionEvent asked = bobRequests.poll(20, TimeUnit.SECONDS);
        assertThat(asked).as("bob asked").isNotNull();
        contact.presence().approve(alice).get(20, TimeUnit.SECONDS);
        contact.presence().subscribe(alice, null).get(20, TimeUnit.SECONDS);
        assertThat(next(aliceGets, e -> e instanceof AccountEvent.SubscriptionChanged s
                && s.event().kind() == SubscriptionEvent.Kind.REQUEST)).as("alice asked").isNotNull();
        user.presence().approve(bob).get(20, TimeUnit.SECONDS);
    }

    private static <T> T next(BlockingQueue<T> queue, Predicate<T> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            T t = queue.poll(200, TimeUnit.MILLISECONDS);
            if (t != null && wanted.test(t)) {
                return t;
            }
        }
        return null;
    }
}
