package im.parley.ui.chat;

import static im.parley.ui.chat.FakeChatArchive.T0;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.OutgoingKind;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.transport.ServerAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chat view-model of a private conversation with a room's occupant (XEP-0045 §7.5), on an
 * account that stays offline: its events are the occupant's alone, the composer sends through
 * the room, and nothing is offered that changes a message.
 */
class PrivateChatViewModelTest {
    private static final Jid ME = Jid.of(FakeChatArchive.ME + "/desk");
    private static final Jid ROOM = Jid.of("coven@chat.example.org");
    private static final Jid WITCH = ROOM.withResource("firstwitch");

    private final FakeChatArchive archive = new FakeChatArchive();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Account account = new Account(ClientConfig.builder(ME).password("x".toCharArray())
            .server(new ServerAddress("127.0.0.1", 1, false)).build());
    private final CompletableFuture<TrackedMessage> echoed = new CompletableFuture<>();
    private Consumer<AccountEvent> events;
    private ChatViewModel model;

    private ChatViewModel open() {
        account.subscribe(e -> {
            if (e instanceof AccountEvent.MessageSent sent) {
                echoed.complete(sent.message());
            }
        });
        model = new ChatViewModel(ME, WITCH, archive, new PrivateChatActions(account.privateMessages()), subscriber -> {
            events = subscriber;
            return () -> events = null;
        }, Runnable::run, Runnable::run, timer, Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC),
                Locale.ENGLISH, Duration.ofHours(1));
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        account.close();
        timer.shutdownNow();
    }

    private static AccountEvent privateMessage(Jid from, String body) {
        Message m = Message.builder().type(Message.Type.CHAT).from(from).to(ME).id("x").body(body).build();
        return new AccountEvent.RoomChanged(new RoomEvent.PrivateMessage(ROOM, from, null, m));
    }

    @Test
    void onlyThisOccupantsPrivateMessagesAreNewHere() {
        archive.add(false, 1, "hover through the fog");
        open();
        int reads = archive.pageCalls.get();

        events.accept(privateMessage(ROOM.withResource("secondwitch"), "not for this conversation"));
        events.accept(new AccountEvent.RoomChanged(new RoomEvent.RoomMessage(ROOM, "firstwitch", null,
                Message.builder().type(Message.Type.GROUPCHAT).from(WITCH).body("to everyone").build(), false, false)));
        assertThat(archive.pageCalls).as("another occupant's, or said to the whole room").hasValue(reads);

        archive.add(false, 2, "and filthy air");
        events.accept(privateMessage(WITCH, "and filthy air"));
        assertThat(archive.pageCalls).hasValue(reads + 1);
        assertThat(model.rows()).filteredOn(r -> r instanceof ChatRow.MessageRow).hasSize(2);
    }

    @Test
    void theComposerSendsThroughTheRoomAndNothingChangesAMessage() throws Exception {
        archive.add(true, 1, "mine, earlier");
        open();
        assertThat(model.composer().editLast()).as("no edits in private messages").isFalse();

        model.composer().draftProperty().set("when shall we three meet again?");
        assertThat(model.composer().send()).isTrue();
        TrackedMessage sent = echoed.get(10, TimeUnit.SECONDS);
        assertThat(sent.to()).isEqualTo(WITCH);
        assertThat(sent.kind()).isEqualTo(new OutgoingKind.RoomPrivate());
        assertThat(model.actions().changesMessages()).isFalse();
    }
}
