package im.parley.it;

import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Changes the test Prosody's state behind its clients' backs, through its admin shell. */
final class ProsodyShell {
    private ProsodyShell() {
    }

    /**
     * Makes the MUC service forget the occupant {@code room/nick} without telling anyone, as a
     * service that lost its state would (XEP-0410's case): no presence goes out.
     */
    static void dropOccupant(Jid room, String nick) throws IOException, InterruptedException {
        String occupant = room.withResource(nick).toString();
        String lua = ">local r = prosody.hosts['" + room.domain() + "'].modules.muc.get_room_from_jid('" + room + "');"
                + " local o = r._occupants['" + occupant + "'];"
                + " for real in o:each_session() do r._jid_nick[real] = nil end;"
                + " r._occupants['" + occupant + "'] = nil; return 'dropped'";
        String out = run(lua);
        if (!out.contains("dropped")) {
            throw new IllegalStateException("Prosody did not drop " + occupant + ": " + out);
        }
    }

    /**
     * Loads the Prosody module {@code module} onto {@code host} unless it is there already; false
     * when Prosody cannot load it (a community module that is not installed, such as
     * mod_muc_moderation from Debian's prosody-modules).
     */
    static boolean loadModule(String host, String module) throws IOException, InterruptedException {
        try {
            run("module:load('" + module + "', '" + host + "')");
        } catch (IOException notLoaded) {
            // Not installed, or refused: the list below tells.
        }
        return run("module:list('" + host + "')").lines().anyMatch(line -> line.strip().equals(module));
    }

    private static String run(String lua) throws IOException, InterruptedException {
        String config = TestServer.itDir().resolve("prosody").resolve("prosody.cfg.lua").toString();
        Process p = new ProcessBuilder("prosodyctl", "--config", config, "shell", lua).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("prosodyctl shell failed: " + out);
        }
        return out;
    }
}
