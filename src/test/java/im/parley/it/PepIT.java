package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.mood.UserMoodCodec;
import im.parley.xmpp.ext.pep.PepEvent;
import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.ext.tune.UserTuneCodec;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0163 on Prosody's PEP: between two Parley sessions and with the slixmpp peer. */
class PepIT {
    private final TestServer prosody = TestServer.prosody();
    private final UserMoodCodec moods = new UserMoodCodec();

    /** A fresh account's session, connected, its roster fetched, not yet available. */
    static AccountSession session(TestServer prosody, String prefix) throws Exception {
        AccountSession s = new AccountSession(prosody.config(TestSession.register(prosody, prefix), TestSession.PASSWORD)
                .build());
        s.connect();
        s.roster().fetch().get(20, TimeUnit.SECONDS);
        return s;
    }

    /** Both see each other's presence: pre-approved, then asked (RFC 6121 §3.4). */
    static void befriend(AccountSession a, Jid b) throws Exception {
        a.presence().approve(b).get(20, TimeUnit.SECONDS);
        a.presence().subscribe(b, null).get(20, TimeUnit.SECONDS);
    }

    static void awaitBoth(AccountSession a, Jid b) throws InterruptedException {
        await(() -> a.roster().item(b).map(i -> i.subscription() == Subscription.BOTH).orElse(false),
                a.jid().bare() + " and " + b + " see each other");
    }

    private List<UserMood> moodsFrom(List<PepEvent> events, Jid from) {
        return events.stream().filter(e -> e.from().equals(from)).flatMap(e -> e.latestPayload().stream())
                .flatMap(p -> moods.decode(p).valueIfAny().stream()).toList();
    }

    /** §4 and §6: a contact that announced mood+notify gets the mood, then the empty mood that clears it. */
    @Test
    void moodReachesAContactAndSoDoesClearingIt() throws Exception {
        try (AccountSession alice = session(prosody, "pep-a"); AccountSession bob = session(prosody, "pep-b")) {
            befriend(alice, bob.jid().bare());
            befriend(bob, alice.jid().bare());
            awaitBoth(alice, bob.jid().bare());
            List<PepEvent> heard = new CopyOnWriteArrayList<>();
            bob.pep().listen(List.of(UserMood.NAMESPACE), heard::add);
            alice.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            bob.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);

            UserMood happy = new UserMood(Mood.HAPPY, "PEP works");
            alice.pep().publish(UserMood.NAMESPACE, Item.of("current", moods.encode(happy)), AccessModel.PRESENCE)
                    .get(20, TimeUnit.SECONDS);
            Jid from = alice.jid().bare();
            await(() -> moodsFrom(heard, from).contains(happy), "bob hears alice's mood");

            alice.pep().publish(UserMood.NAMESPACE, Item.of("current", moods.encode(UserMood.cleared())),
                    AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            await(() -> moodsFrom(heard, from).contains(UserMood.cleared()), "bob hears the mood cleared");
        }
    }

    /** §4.3.2: a contact coming online with +notify gets the last published item without asking. */
    @Test
    void lastItemArrivesWhenTheContactComesOnline() throws Exception {
        try (AccountSession alice = session(prosody, "pep-last-a"); AccountSession bob = session(prosody, "pep-last-b")) {
            befriend(alice, bob.jid().bare());
            befriend(bob, alice.jid().bare());
            awaitBoth(alice, bob.jid().bare());
            alice.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            UserMood calm = new UserMood(Mood.CALM, null);
            alice.pep().publish(UserMood.NAMESPACE, Item.of("current", moods.encode(calm)), AccessModel.PRESENCE)
                    .get(20, TimeUnit.SECONDS);

            List<PepEvent> heard = new CopyOnWriteArrayList<>();
            bob.pep().listen(List.of(UserMood.NAMESPACE), heard::add);
            bob.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            await(() -> moodsFrom(heard, alice.jid().bare()).contains(calm), "the last mood arrives on presence");
            assertThat(alice.pep().latest(null, UserMood.NAMESPACE).get(20, TimeUnit.SECONDS))
                    .hasValueSatisfying(i -> assertThat(moods.decode(i.payload()).valueIfAny()).contains(calm));
        }
    }

    /** XEP-0060 §7.1.5: publishing with another access model reconfigures the node instead of failing. */
    @Test
    void changingTheAccessModelReconfiguresTheNode() throws Exception {
        try (AccountSession alice = session(prosody, "pep-access")) {
            Item item = Item.of("current", moods.encode(new UserMood(Mood.BRAVE, null)));
            alice.pep().publish(UserMood.NAMESPACE, item, AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            alice.pep().publish(UserMood.NAMESPACE, item, AccessModel.OPEN).get(20, TimeUnit.SECONDS);
            assertThat(alice.pubsub().configuration(null, UserMood.NAMESPACE).get(20, TimeUnit.SECONDS)
                    .field("pubsub#access_model").flatMap(f -> f.value())).contains("open");
        }
    }

    /** Interop: slixmpp hears our mood and tune, and we hear its mood. */
    @Test
    void theSlixmppPeerAndParleyHearEachOther() throws Exception {
        // A fresh account with the password SlixmppPeer gives it: the peer's own --register fails on slixmpp 1.8.3.
        String peerUser = "pep-peer-" + UUID.randomUUID().toString().substring(0, 8);
        InBandRegistration.register(prosody.config(peerUser, peerUser + "pass").build(), Map.of());
        try (AccountSession alice = session(prosody, "pep-interop");
             SlixmppPeer peer = SlixmppPeer.start(prosody, peerUser, "--stdin")) {
            Jid peerJid = peer.jid().bare();
            List<PepEvent> heard = new CopyOnWriteArrayList<>();
            alice.pep().listen(List.of(UserMood.NAMESPACE), heard::add);
            befriend(alice, peerJid);
            awaitBoth(alice, peerJid);
            alice.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);

            alice.pep().publish(UserMood.NAMESPACE, Item.of("current", moods.encode(new UserMood(Mood.EXCITED, "interop"))),
                    AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            String mood = peer.await(line -> SlixmppPeer.event("pep_mood").test(line)
                    && "excited".equals(SlixmppPeer.field(line, "value")), 30);
            assertThat(SlixmppPeer.field(mood, "text")).isEqualTo("interop");
            assertThat(Jid.of(SlixmppPeer.field(mood, "from")).bare()).isEqualTo(alice.jid().bare());

            alice.pep().publish(UserTune.NAMESPACE, Item.of("current", new UserTuneCodec().encode(
                    UserTune.of("Yes", "Heart of the Sunrise"))), AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            peer.await(line -> SlixmppPeer.event("pep_tune").test(line)
                    && "Heart of the Sunrise".equals(SlixmppPeer.field(line, "title")), 30);

            peer.command("{\"cmd\":\"mood\",\"value\":\"sleepy\",\"text\":\"from slixmpp\"}");
            await(() -> moodsFrom(heard, peerJid).contains(new UserMood(Mood.SLEEPY, "from slixmpp")),
                    "alice hears the peer's mood");
        }
    }
}
