package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local archive under a live account against the real Prosody (XEP-0359 ids, XEP-0280 carbons). */
class ArchiveIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private ClientConfig config(Jid jid, String resource) {
        return prosody.config(jid.withResource(resource), TestSession.PASSWORD).build();
    }

    @Test
    void aMessageQueuedWhenTheProcessEndedGoesOutOnceAfterARestart() throws Exception {
        Jid alice = TestSession.register(prosody, "outbox-a");
        try (TestSession bob = TestSession.fresh(prosody, "outbox-b")) {
            TrackedMessage queued;
            // No server behind this port: the message can only wait in the outbox.
            ClientConfig unreachable = config(alice, "desk").toBuilder()
                    .server(new ServerAddress("127.0.0.1", 1, false)).build();
            try (Profile profile = Profile.open(profileDir); Account offline = profile.account(unreachable)) {
                queued = offline.send(bob.jid(), "written on the train");
                assertThat(queued.state()).isEqualTo(DeliveryState.QUEUED);
            }
            try (Profile profile = Profile.open(profileDir); Account desk = profile.account(config(alice, "desk"))) {
                List<AccountEvent> events = new CopyOnWriteArrayList<>();
                desk.subscribe(events::add);
                desk.connect().get(20, TimeUnit.SECONDS);
                bob.await(m -> "written on the train".equals(m.body().orElse("")));
                await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.DeliveryChanged d
                        && d.message().originId().equals(queued.originId())
                        && d.message().state().compareTo(DeliveryState.SENT) >= 0), "the queued message was sent");
                List<HistoryMessage> history = profile.history(alice).page(bob.jid(), null, 10);
                assertThat(history).singleElement().satisfies(m -> {
                    assertThat(m.body()).isEqualTo("written on the train");
                    assertThat(m.outgoing()).isTrue();
                    assertThat(m.delivery()).isNotEqualTo(DeliveryState.QUEUED);
                });
            }
            Thread.sleep(500);
            assertThat(bob.inbox().stream().filter(m -> "written on the train".equals(m.body().orElse(""))).count())
                    .as("sent once").isEqualTo(1);
        }
    }

    @Test
    void receivedMessagesAreStoredBeforeTheyAreToldAndOnlyOnce() throws Exception {
        Jid alice = TestSession.register(prosody, "store-a");
        try (TestSession bob = TestSession.fresh(prosody, "store-b");
             Profile profile = Profile.open(profileDir);
             Account desk = profile.account(config(alice, "desk"))) {
            List<String> storedWhenTold = new CopyOnWriteArrayList<>();
            desk.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived r) {
                    // The archive must hold it already when anyone hears of it.
                    long stored = profile.history(alice).page(bob.jid(), null, 100).stream()
                            .filter(m -> m.body().equals(r.message().body())).count();
                    storedWhenTold.add(r.message().body() + "=" + stored);
                }
            });
            desk.connect().get(20, TimeUnit.SECONDS);
            for (int i = 0; i < 20; i++) {
                bob.client().send(im.parley.xmpp.stanza.Message.builder().type(im.parley.xmpp.stanza.Message.Type.CHAT)
                        .to(alice.withResource("desk")).id("same-" + (i % 10)).body("n" + (i % 10)).build());
            }
            await(() -> profile.history(alice).count(bob.jid()) == 10, "ten distinct messages stored");
            Thread.sleep(300);
            assertThat(storedWhenTold).hasSize(10).allMatch(s -> s.endsWith("=1"));
            assertThat(profile.history(alice).count(bob.jid())).isEqualTo(10);
            assertThat(profile.history(alice).conversations()).singleElement()
                    .satisfies(c -> assertThat(c.unread()).isEqualTo(10));
        }
    }
}
