package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.stanza.Message;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Joins a room, sends one message, and exits 0 once the room has sent it back to everyone (§7.4). */
@Command(name = "send", description = "Send a message to a room; exit 0 once the room reflected it.")
final class MucSendCommand extends MucCommand.Sub {
    @Parameters(index = "0", paramLabel = "ROOM", description = "room@service")
    String roomJid;

    @Parameters(index = "1", paramLabel = "BODY", description = "message text")
    String body;

    @Option(names = "--nick", description = "nick to join with (default: the account's local part)")
    String nick;

    @Override
    public Integer call() throws Exception {
        Jid room = room(roomJid);
        try (AccountSession session = parent().connect(spec.commandLine())) {
            join(session, room.withResource(MucCommand.Sub.nickOr(nick, session)));
            // The echo is awaited by the message's id: it may in principle come before send() returns.
            Map<String, CompletableFuture<Void>> echoes = new ConcurrentHashMap<>();
            try (Registration echo = session.rooms().addListener(e -> {
                if (e instanceof RoomEvent.RoomMessage m && m.mine() && m.message().id() != null) {
                    echoes.computeIfAbsent(m.message().id(), id -> new CompletableFuture<>()).complete(null);
                }
            })) {
                Message sent = session.rooms().send(room, body);
                echoes.computeIfAbsent(sent.id(), id -> new CompletableFuture<>()).get(parent().replyTimeout, TimeUnit.SECONDS);
                out().println(Json.object(Map.of("id", sent.id())));
            }
            session.rooms().leave(room, null).get();
        }
        return 0;
    }
}
