package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.im.RosterResult;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 6121 §2 (roster), §3 (subscriptions), §2.1.6 (push security) and XEP-0237 against the real
 * Prosody. Every test registers fresh accounts, so runs never see each other's rosters.
 */
class RosterIT {
    private final TestServer prosody = TestServer.prosody();
    private final List<XmppClient> clients = new ArrayList<>();

    @AfterEach
    void closeAll() {
        clients.forEach(XmppClient::close);
    }

    private Jid freshAccount(String prefix) throws Exception {
        String user = prefix + UUID.randomUUID().toString().substring(0, 8);
        InBandRegistration.register(prosody.config(user, "pw").build(), Map.of());
        return prosody.jid(user);
    }

    private XmppClient connect(Jid account) throws Exception {
        XmppClient c = new XmppClient(prosody.config(account, "pw").build());
        clients.add(c);
        c.connect();
        return c;
    }


    /** RFC 6121 §2.3: add with name and group, the push updates the view, a fetch lists it. */
    @Test
    void addWithNameAndGroupIsPushedAndFetched() throws Exception {
        XmppClient alice = connect(freshAccount("ra"));
        RosterManager roster = new RosterManager(alice);
        roster.fetch().get(15, TimeUnit.SECONDS);
        Jid bob = prosody.jid("rb" + UUID.randomUUID().toString().substring(0, 8));
        CompletableFuture<RosterItem> pushed = new CompletableFuture<>();
        roster.addListener((updated, removed, replaced) -> updated.stream()
                .filter(i -> i.jid().equals(bob)).findFirst().ifPresent(pushed::complete));

        roster.set(RosterItem.of(bob, "Bob", Set.of("Friends"))).get(15, TimeUnit.SECONDS);

        RosterItem item = pushed.get(15, TimeUnit.SECONDS);
        assertThat(item.name()).isEqualTo("Bob");
        assertThat(item.groups()).containsExactly("Friends");
        assertThat(item.subscription()).isEqualTo(Subscription.NONE);
        assertThat(roster.items()).containsKey(bob);
        RosterResult full = roster.fetch(null).get(15, TimeUnit.SECONDS);
        assertThat(full.items()).contains(item);
    }

    /** RFC 6121 §3.1: request, event, approval, presence flows and the subscription becomes 'to'. */
    @Test
    void subscribeApproveAndSeePresence() throws Exception {
        XmppClient alice = connect(freshAccount("ra"));
        XmppClient bob = connect(freshAccount("rb"));
        RosterManager aliceRoster = new RosterManager(alice);
        PresenceManager alicePresence = new PresenceManager(alice);
        PresenceManager bobPresence = new PresenceManager(bob);
        CompletableFuture<SubscriptionEvent> request = new CompletableFuture<>();
        bobPresence.addSubscriptionListener(request::complete);
        aliceRoster.fetch().get(15, TimeUnit.SECONDS);
        alicePresence.sendAvailable(null, null, 0).get(15, TimeUnit.SECONDS);
        bobPresence.sendAvailable(im.parley.xmpp.stanza.Presence.Show.CHAT, "here", 5).get(15, TimeUnit.SECONDS);

        alicePresence.subscribe(bob.jid(), "Alice").get(15, TimeUnit.SECONDS);

        SubscriptionEvent event = request.get(15, TimeUnit.SECONDS);
        assertThat(event.kind()).isEqualTo(SubscriptionEvent.Kind.REQUEST);
        assertThat(event.from()).isEqualTo(alice.jid().bare());
        assertThat(event.nick()).isEqualTo("Alice");
        Thread.sleep(300);
        assertThat(alicePresence.mostAvailable(bob.jid())).as("nothing before approval").isEmpty();

        bobPresence.approve(alice.jid()).get(15, TimeUnit.SECONDS);

        Jid bobBare = bob.jid().bare();
        await(() -> alicePresence.mostAvailable(bobBare).isPresent(), "bob's presence at alice");
        assertThat(alicePresence.mostAvailable(bobBare).orElseThrow().status()).isEqualTo("here");
        assertThat(alicePresence.mostAvailable(bobBare).orElseThrow().priority()).isEqualTo(5);
        await(() -> aliceRoster.item(bobBare).map(i -> i.subscription() == Subscription.TO
                || i.subscription() == Subscription.BOTH).orElse(false), "subscription 'to'");
    }

    /** XEP-0237 §2.4: a fetch with the current version is answered "current", without items. */
    @Test
    void secondFetchWithTheVersionIsCurrent() throws Exception {
        XmppClient alice = connect(freshAccount("ra"));
        RosterManager roster = new RosterManager(alice);
        assertThat(roster.supportsVersioning()).isTrue();
        roster.set(RosterItem.of(prosody.jid("someone"), "S", Set.of())).get(15, TimeUnit.SECONDS);

        RosterResult first = roster.fetch(null).get(15, TimeUnit.SECONDS);
        assertThat(first.upToDate()).isFalse();
        assertThat(first.version()).isNotNull();
        assertThat(first.items()).hasSize(1);

        RosterResult second = roster.fetch(first.version()).get(15, TimeUnit.SECONDS);
        assertThat(second.upToDate()).isTrue();
        assertThat(second.items()).isEmpty();
        assertThat(roster.items()).hasSize(1);
    }

    /** RFC 6121 §2.5: removal is pushed and the item is gone from the server too. */
    @Test
    void removeWorks() throws Exception {
        XmppClient alice = connect(freshAccount("ra"));
        RosterManager roster = new RosterManager(alice);
        // Only an "interested resource" (one that fetched the roster) gets pushes (RFC 6121 §2.1.6).
        roster.fetch().get(15, TimeUnit.SECONDS);
        Jid bob = prosody.jid("gone" + UUID.randomUUID().toString().substring(0, 8));
        roster.set(RosterItem.of(bob, null, Set.of())).get(15, TimeUnit.SECONDS);
        await(() -> roster.items().containsKey(bob), "the added item");

        roster.remove(bob).get(15, TimeUnit.SECONDS);

        await(() -> !roster.items().containsKey(bob), "the removal push");
        assertThat(roster.fetch(null).get(15, TimeUnit.SECONDS).items()).extracting(RosterItem::jid).doesNotContain(bob);
    }

    /** RFC 6121 §2.1.6: a roster push from another account is refused and never applied. */
    @Test
    void forgedPushFromAnotherAccountIsNotApplied() throws Exception {
        XmppClient alice = connect(freshAccount("ra"));
        XmppClient carol = connect(freshAccount("rc"));
        RosterManager roster = new RosterManager(alice);
        roster.fetch().get(15, TimeUnit.SECONDS);
        Jid mallory = prosody.jid("mallory");
        XmlElement forged = XmlElement.builder("query", RosterItem.NAMESPACE)
                .child(new RosterItem(mallory, "Mallory", Subscription.BOTH, false, false, Set.of()).toXml()).build();

        assertThatThrownBy(() -> carol.query(Iq.set(alice.jid(), forged)).get(15, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(StanzaErrorException.class,
                        e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE));

        assertThat(roster.items()).doesNotContainKey(mallory);
        assertThat(roster.fetch(null).get(15, TimeUnit.SECONDS).items()).extracting(RosterItem::jid).doesNotContain(mallory);
    }

    /**
     * A change made the moment an account is online races the login's roster fetch: the push can
     * be handled before the fetch's result, which must not wipe it (seen in NotificationsIT, about
     * two runs in five). Ten accounts, each changed at once, each must keep the change.
     */
    @Test
    void aPushRightAfterLoginSurvivesTheLoginsFetch() throws Exception {
        Jid contact = TestSession.register(prosody, "raced-contact");
        for (int round = 0; round < 10; round++) {
            Jid user = TestSession.register(prosody, "raced");
            try (im.parley.client.Account account = new im.parley.client.Account(
                    prosody.config(user.withResource("desk"), TestSession.PASSWORD).build())) {
                java.util.concurrent.BlockingQueue<im.parley.client.AccountEvent> events =
                        new java.util.concurrent.LinkedBlockingQueue<>();
                account.subscribe(events::add);
                account.connect().get(20, TimeUnit.SECONDS);
                account.current().roster().set(RosterItem.of(contact, "Raced", Set.of())).get(20, TimeUnit.SECONDS);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline
                        && events.stream().noneMatch(e -> e instanceof im.parley.client.AccountEvent.BroughtUp)) {
                    Thread.sleep(20);
                }
                final int r = round;
                await(() -> account.current().roster().item(contact).isPresent(), "round " + r + ": the contact kept");
            }
        }
    }
}
