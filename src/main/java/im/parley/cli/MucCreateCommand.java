package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * Creates a room (§10.1): an instant room with the service's defaults, or, with --config, one
 * configured through its owner form (a key given twice gives a multi-value field two values).
 * Fails when the room exists already. The user leaves the new room when done, and a room that is
 * not persistent is gone with its last occupant: --config muc#roomconfig_persistentroom=1 keeps it.
 */
@Command(name = "create", description = "Create a room, instant or configured with --config var=value.")
final class MucCreateCommand extends MucCommand.Sub {
    @Parameters(index = "0", paramLabel = "ROOM/NICK", description = "room@service/nick")
    String occupant;

    @Option(names = "--config", paramLabel = "VAR=VALUE",
            description = "a field of the room's configuration form, e.g. muc#roomconfig_roomname=Cave; repeatable")
    List<String> config = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Jid target = occupantJid(occupant);
        Map<String, List<String>> answers = answers();
        try (AccountSession session = parent().connect(spec.commandLine())) {
            Room room = join(session, target);
            RoomAdministration admin = session.roomAdministration();
            if (!room.created()) {
                session.rooms().leave(room.jid(), null).get();
                throw new IllegalArgumentException("ROOM: " + room.jid() + " exists already");
            }
            (answers.isEmpty() ? admin.createInstant(room.jid()) : admin.configure(room.jid(), answers))
                    .get(parent().replyTimeout, TimeUnit.SECONDS);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("room", room.jid().toString());
            f.put("created", true);
            out().println(Json.object(f));
            out().flush();
            session.rooms().leave(room.jid(), null).get();
        }
        return 0;
    }

    private Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String c : config) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--config: give var=value, not '" + c + "'");
            }
            answers.computeIfAbsent(c.substring(0, eq), k -> new ArrayList<>()).add(c.substring(eq + 1));
        }
        return answers;
    }
}
