package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History kept complete and stored once through MAM catch-up against the real Prosody, whose
 * mod_mam keeps every chat message (XEP-0313 §4, XEP-0359 §3, XEP-0280 §6).
 */
class SyncIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private ClientConfig config(Jid jid, String resource) {
        return prosody.config(jid.withResource(resource), TestSession.PASSWORD).build();
    }

    /** Connects, waits until the archive sync of the fresh session is done; returns what it stored. */
    static int connectAndSync(Profile.SyncedAccount synced) throws Exception {
        List<AccountEvent.HistorySynced> progress = new CopyOnWriteArrayList<>();
        var watching = synced.account().subscribe(e -> {
            if (e instanceof AccountEvent.HistorySynced h) {
                progress.add(h);
            }
        });
        try {
            synced.account().connect().get(20, TimeUnit.SECONDS);
            await(() -> progress.stream().anyMatch(h -> h.done() || h.failure() != null), "the archive sync ended");
            AccountEvent.HistorySynced last = progress.get(progress.size() - 1);
            assertThat(last.failure()).isNull();
            return last.stored();
        } finally {
            watching.close();
        }
    }

    private static Message chat(Jid to, String id, String body) {
        return Message.builder().type(Message.Type.CHAT).to(to).id(id).body(body).build();
    }

    /** XEP-0313 §4.3: a catch-up pages from the last archive id held, and a second one adds nothing. */
    @Test
    void twoThousandMessagesSentWhileOfflineArriveExactlyOnce() throws Exception {
        Jid alice = TestSession.register(prosody, "sync-a");
        try (TestSession bob = TestSession.fresh(prosody, "sync-b"); Profile profile = Profile.open(profileDir)) {
            Profile.SyncedAccount first = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = first.account()) {
                assertThat(connectAndSync(first)).as("nothing archived yet").isZero();
            }
            for (int i = 0; i < 2_000; i++) {
                bob.client().send(chat(alice, "off-" + i, "offline " + i));
            }
            bob.roundTrip();

            Profile.SyncedAccount second = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = second.account()) {
                connectAndSync(second);
                await(() -> profile.history(alice).count(bob.jid()) >= 2_000, "2,000 messages stored");
                Thread.sleep(1_000);
            }
            assertExactlyOnce(profile.history(alice).page(bob.jid(), null, 5_000), "offline ", 2_000);

            Profile.SyncedAccount third = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = third.account()) {
                assertThat(connectAndSync(third)).as("a second sync adds nothing").isZero();
            }
            assertThat(profile.history(alice).count(bob.jid())).isEqualTo(2_000);
        }
    }

    static void assertExactlyOnce(List<HistoryMessage> history, String prefix, int n) {
        Set<String> bodies = new HashSet<>();
        for (HistoryMessage m : history) {
            assertThat(bodies.add(m.body())).as("stored once: " + m.body()).isTrue();
        }
        for (int i = 0; i < n; i++) {
            assertThat(bodies).contains(prefix + i);
        }
        assertThat(history).hasSize(n);
    }

    /** XEP-0359 §3, XEP-0280: a live copy, a carbon and the archive's copy are one message. */
    @Test
    void liveCarbonAndArchiveCopiesAreStoredOnce() throws Exception {
        Jid alice = TestSession.register(prosody, "copies-a");
        try (TestSession bob = TestSession.fresh(prosody, "copies-b");
             TestSession phone = TestSession.online(prosody, alice);
             Profile profile = Profile.open(profileDir)) {
            phone.client().query(im.parley.xmpp.stanza.Iq.set(null,
                    XmlElement.empty("enable", "urn:xmpp:carbons:2"))).get(10, TimeUnit.SECONDS);
            Profile.SyncedAccount synced = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = synced.account()) {
                desk.setCarbons(true);
                connectAndSync(synced);
                bob.client().send(chat(alice.withResource("desk"), "live-1", "to the desk"));
                bob.client().send(chat(phone.client().jid(), "carbon-1", "to the phone"));
                phone.client().send(chat(bob.jid(), "sent-1", "from the phone"));
                await(() -> profile.history(alice).count(bob.jid()) == 3, "three messages stored live");
            }
            Profile.SyncedAccount again = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = again.account()) {
                connectAndSync(again);
            }
            List<HistoryMessage> history = profile.history(alice).page(bob.jid(), null, 10);
            assertThat(history).extracting(HistoryMessage::body)
                    .containsExactlyInAnyOrder("to the desk", "to the phone", "from the phone");
            assertThat(history).allSatisfy(m -> assertThat(m.stanzaId()).as("archive id filled in").isNotNull());
            assertThat(history).filteredOn(HistoryMessage::outgoing).extracting(HistoryMessage::body)
                    .containsExactly("from the phone");
        }
    }

    /** XEP-0313 §4.3: a new device takes the newest page, and older history as the user scrolls up. */
    @Test
    void aFirstSyncTakesTheNewestPageAndOlderHistoryComesOnDemand() throws Exception {
        Jid carol = TestSession.register(prosody, "older-c");
        try (TestSession bob = TestSession.fresh(prosody, "older-d")) {
            for (int i = 0; i < 600; i++) {
                bob.client().send(chat(carol, "o-" + i, "old " + i));
            }
            bob.roundTrip();
            // Another device read them meanwhile: the server holds them in its archive only.
            try (TestSession phone = TestSession.online(prosody, carol)) {
                phone.await(m -> "old 599".equals(m.body().orElse("")));
            }
            try (Profile profile = Profile.open(profileDir.resolve("carol"))) {
                Profile.SyncedAccount synced = profile.accountWithSync(config(carol, "desk"));
                try (Account desk = synced.account()) {
                    assertThat(connectAndSync(synced)).as("the newest page only").isEqualTo(250);
                    assertThat(synced.sync().older(bob.jid(), 100).get(30, TimeUnit.SECONDS)).isEqualTo(100);
                    assertThat(synced.sync().older(bob.jid(), 1_000).get(30, TimeUnit.SECONDS)).isEqualTo(250);
                }
                assertExactlyOnce(profile.history(carol).page(bob.jid(), null, 1_000), "old ", 600);
            }
        }
    }

    /** XEP-0313 §9.2: results from anyone but the archive queried never reach the local archive. */
    @Test
    void forgedArchiveResultsAreIgnored() throws Exception {
        Jid alice = TestSession.register(prosody, "forge-a");
        try (TestSession bob = TestSession.fresh(prosody, "forge-b");
             TestSession mallory = TestSession.fresh(prosody, "forge-m");
             Profile profile = Profile.open(profileDir)) {
            Profile.SyncedAccount first = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = first.account()) {
                connectAndSync(first);
            }
            for (int i = 0; i < 750; i++) {
                bob.client().send(chat(alice, "m-" + i, "real " + i));
            }
            bob.roundTrip();
            Profile.SyncedAccount second = profile.accountWithSync(config(alice, "desk"));
            try (Account desk = second.account()) {
                List<AccountEvent.HistorySynced> progress = new CopyOnWriteArrayList<>();
                desk.subscribe(e -> {
                    if (e instanceof AccountEvent.HistorySynced h) {
                        progress.add(h);
                    }
                });
                desk.connect().get(20, TimeUnit.SECONDS);
                Jid target = alice.withResource("desk");
                mallory.client().send(forged(bob.jid(), target, "guessed-id", "forged with no query open"));
                // While the catch-up pages, a result carrying the real open queryid, from the wrong sender.
                await(() -> !desk.current().mam().openQueryIds().isEmpty() || progress.stream().anyMatch(h -> h.done()),
                        "a query is open");
                for (String open : desk.current().mam().openQueryIds()) {
                    mallory.client().send(forged(bob.jid(), target, open, "forged during the query"));
                }
                await(() -> progress.stream().anyMatch(h -> h.done()), "the catch-up ended");
                mallory.roundTrip();
                await(() -> desk.current().mam().forgedDropped() >= 1, "the forged results were dropped");
            }
            List<HistoryMessage> history = profile.history(alice).page(bob.jid(), null, 5_000);
            assertExactlyOnce(history, "real ", 750);
            assertThat(profile.history(alice).conversations()).extracting(c -> c.peer())
                    .containsExactly(bob.jid().toString());
        }
    }

    /** A MAM result as the user's archive would send it, claiming to hold a message from {@code claimedSender}. */
    private static Message forged(Jid claimedSender, Jid to, String queryId, String body) {
        XmlElement inner = Message.builder().from(claimedSender.withResource("x")).to(to.bare())
                .type(Message.Type.CHAT).id("forged-" + queryId).body(body).build().toXml();
        XmlElement result = XmlElement.builder("result", "urn:xmpp:mam:2").attribute("queryid", queryId)
                .attribute("id", "forged-" + queryId)
                .child(XmlElement.builder("forwarded", "urn:xmpp:forward:0")
                        .child(XmlElement.builder("delay", "urn:xmpp:delay").attribute("stamp", "2026-01-01T00:00:00Z")
                                .build())
                        .child(inner).build()).build();
        return Message.builder().to(to).payload(result).build();
    }
}
