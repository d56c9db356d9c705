package im.parley.cli;

import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Stays in a room and prints each of its events as one JSON line: messages, subject, occupants
 * coming, changing and going, invitations. The account reconnects like the app and joins the
 * room again after a fresh session.
 */
@Command(name = "listen", description = "Stay in a room and print its events as JSON lines.")
final class MucListenCommand extends MucCommand.Sub {
    @Parameters(index = "0", paramLabel = "ROOM", description = "room@service")
    String roomJid;

    @Option(names = "--nick", description = "nick to join with (default: the account's local part)")
    String nick;

    @Option(names = "--count", description = "exit 0 after this many room messages")
    Integer count;

    @Option(names = "--timeout", description = "give up after this many seconds (exit 6 if --count was not reached)")
    Integer timeout;

    @Override
    public Integer call() throws Exception {
        Jid room = room(roomJid);
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger messages = new AtomicInteger();
        try (LongRunning running = new LongRunning(parent(), spec.commandLine())) {
            running.start(event -> {
                if (event instanceof AccountEvent.ConnectionChanged c && c.state() instanceof AccountState.Failed f) {
                    done.completeExceptionally(f.cause() != null ? f.cause() : new IllegalStateException(f.reason()));
                }
                if (!(event instanceof AccountEvent.RoomChanged changed) || !changed.event().room().equals(room)
                        || done.isDone()) {
                    return;
                }
                synchronized (this) {
                    out().println(Json.object(RoomEventJson.fields(changed.event())));
                    out().flush();
                }
                if (changed.event() instanceof RoomEvent.Left left && !left.departure().rejoin()) {
                    done.complete(null);
                }
                if (changed.event() instanceof RoomEvent.RoomMessage && count != null
                        && messages.incrementAndGet() >= count) {
                    done.complete(null);
                }
            });
            String as = nick != null ? nick : running.account().jid().local();
            // No bookmark: the user's other clients should not join a room because a script listens in it.
            running.account().rooms().join(room, as, password, false).get(parent().replyTimeout, TimeUnit.SECONDS);
            // Scripts wait for this line before talking in the room; stdout stays one JSON object per event.
            spec.commandLine().getErr().println("listening in " + room + " as " + as);
            spec.commandLine().getErr().flush();
            LongRunning.awaitCount(done, count, timeout, messages);
        }
        return 0;
    }
}
