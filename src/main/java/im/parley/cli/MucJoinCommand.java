package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Joins a room, prints who is in it as one JSON object, and leaves: a check that the room can be
 * entered with this nick and password. A taken nick exits 7 and names an alternative.
 */
@Command(name = "join", description = "Join a room, print its occupants as JSON, leave.")
final class MucJoinCommand extends MucCommand.Sub {
    @Parameters(index = "0", paramLabel = "ROOM/NICK", description = "room@service/nick")
    String occupant;

    @Override
    public Integer call() throws Exception {
        Jid target = occupantJid(occupant);
        try (AccountSession session = parent().connect(spec.commandLine())) {
            Room room = join(session, target);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("room", room.jid().toString());
            f.put("nick", room.nick());
            f.put("subject", room.subject());
            f.put("occupants", String.join(",", room.occupants().stream().map(Occupant::nick).sorted().toList()));
            f.put("archived", room.info().map(i -> i.archived()).orElse(false));
            out().println(Json.object(f));
            out().flush();
            session.rooms().leave(room.jid(), null).get();
        }
        return 0;
    }
}
