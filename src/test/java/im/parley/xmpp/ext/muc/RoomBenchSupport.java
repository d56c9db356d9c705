package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;

/** Lets the benchmarks drive a room's presence handling without a session. */
public final class RoomBenchSupport {
    private RoomBenchSupport() {
    }

    /** A room being joined as {@code nick}, announcing occupant ids as Prosody's does. */
    public static Room joining(Jid room, String nick, RoomInfo info) {
        return new Room(room, nick, null, info);
    }

    /** Hands {@code p} to the room as the room's claim does; events are counted, not kept. */
    public static void presence(Room room, Presence p, int[] events) {
        room.presence(p, e -> events[0]++);
    }
}
