package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.DeliveryState;
import im.parley.client.history.Profile;
import im.parley.ui.chat.ChatPaging;
import im.parley.ui.chat.ChatRow;
import im.parley.ui.chat.ChatViewModel;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.pie.ArchivedMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.stanza.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation view-model over a real account, archive and Prosody: what the chat pane shows
 * is what was said, once and in order, and a long history opens with one page.
 */
class ChatViewModelIT {
    private final TestServer prosody = TestServer.prosody();
    /** Stands in for the FX thread: the view-model's results arrive here, and the test reads here. */
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @TempDir
    Path profileDir;

    @AfterEach
    void stopUi() {
        uiThread.shutdownNow();
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return uiThread.submit(read).get(10, TimeUnit.SECONDS);
    }

    private List<String> bodies(ChatViewModel model) throws Exception {
        return onUi(() -> {
            List<String> out = new ArrayList<>();
            for (ChatRow r : model.rows()) {
                if (r instanceof ChatRow.MessageRow m) {
                    out.add(m.message().body());
                }
            }
            return out;
        });
    }

    private boolean bodiesAre(ChatViewModel model, List<String> expected) {
        try {
            return bodies(model).equals(expected);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void messagesOfBothSidesShowOnceInOrderAndSendingReachesThePeer() throws Exception {
        Jid alice = TestSession.register(prosody, "chatvm-a");
        ClientConfig config = prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build();
        try (TestSession bob = TestSession.fresh(prosody, "chatvm-b");
             Profile profile = Profile.open(profileDir)) {
            Profile.SyncedAccount synced = profile.accountWithSync(config);
            try (var account = synced.account()) {
                account.connect().get(20, TimeUnit.SECONDS);
                ChatViewModel model = onUi(() -> ChatViewModel.forAccount(account, profile.history(alice),
                        synced.sync(), bob.jid(), uiThread));
                await(() -> onUiQuietly(() -> model.paging().loadedProperty().get()), "the first page is read");

                for (String body : List.of("one", "two", "three")) {
                    bob.client().send(Message.builder().type(Message.Type.CHAT).to(alice.withResource("desk"))
                            .id("chatvm-" + body).body(body).build());
                }
                await(() -> bodiesAre(model, List.of("one", "two", "three")), "bob's three messages, once, in order");

                onUi(() -> {
                    model.composer().draftProperty().set("hello bob");
                    return model.composer().send();
                });
                bob.await(m -> "hello bob".equals(m.body().orElse("")));
                await(() -> bodiesAre(model, List.of("one", "two", "three", "hello bob")), "the sent message appended");
                await(() -> onUiQuietly(() -> model.rows().stream()
                        .filter(r -> r instanceof ChatRow.MessageRow m && m.message().outgoing())
                        .map(r -> ((ChatRow.MessageRow) r).message().delivery())
                        .anyMatch(d -> d.compareTo(DeliveryState.SENT) >= 0 && d != DeliveryState.FAILED)),
                        "the tick moved past queued");
                Thread.sleep(300);
                assertThat(bodies(model)).containsExactly("one", "two", "three", "hello bob");
                onUi(() -> {
                    model.close();
                    return null;
                });
            }
        }
    }

    @Test
    void aLongHistoryOpensWithOnePageAndPagesOlderOnRequest() throws Exception {
        Jid alice = TestSession.register(prosody, "chatvm-long");
        Jid bob = prosody.jid("chatvm-bob");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<ArchivedMessage> archive = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            archive.add(new ArchivedMessage(null, new Delay(start.plusSeconds(60L * i), null, null),
                    Message.builder().type(Message.Type.CHAT).from(bob.withResource("phone")).to(alice)
                            .id("bulk-" + i).body("bulk " + i).build()));
        }
        try (Profile profile = Profile.open(profileDir)) {
            profile.addAccount(alice);
            assertThat(profile.portableHistory(alice).importArchive(alice, archive).stored()).isEqualTo(2000);
            Profile.SyncedAccount synced = profile.accountWithSync(
                    prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
            try (var account = synced.account()) {
                long t0 = System.nanoTime();
                ChatViewModel model = onUi(() -> ChatViewModel.forAccount(account, profile.history(alice),
                        synced.sync(), bob, uiThread));
                await(() -> onUiQuietly(() -> model.paging().loadedProperty().get()), "the first page is read");
                long openedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                List<String> first = bodies(model);
                assertThat(first).hasSize(ChatPaging.PAGE).startsWith("bulk 1950").endsWith("bulk 1999");
                assertThat(openedMs).as("opened in %d ms", openedMs).isLessThan(5000);

                onUi(() -> {
                    model.paging().loadOlder();
                    return null;
                });
                await(() -> onUiQuietly(() -> !model.paging().loadingOlderProperty().get()
                        && model.rows().stream().filter(ChatRow.MessageRow.class::isInstance).count() == 100),
                        "one more page");
                assertThat(bodies(model)).startsWith("bulk 1900").endsWith("bulk 1999").hasSize(100);
                onUi(() -> {
                    model.close();
                    return null;
                });
            }
        }
    }

    private boolean onUiQuietly(Callable<Boolean> read) {
        try {
            return onUi(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
