package im.parley.ui.app;

import im.parley.client.RoomService;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomInfo;
import im.parley.xmpp.ext.muc.StatusCode;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * What the user's rooms are called: the name a room gave itself since the user joined it (asked
 * again when its owner changes the configuration, status 104, or right after the user made it),
 * else the name it had on joining (disco), else its bookmark's, else the local part of its
 * address. Views showing a name follow {@link #revision}.
 */
final class RoomNames {
    private static final Logger LOG = Logger.getLogger(RoomNames.class.getName());

    private final RoomService rooms;
    private final Executor ui;
    private final Runnable changed;
    /** Names learnt after joining, newer than what the join's disco answer said. */
    private final Map<Jid, String> learned = new ConcurrentHashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** {@code changed}: what else must follow a new name (the conversation list). */
    RoomNames(RoomService rooms, Executor ui, Runnable changed) {
        this.rooms = rooms;
        this.ui = ui;
        this.changed = changed;
    }

    String of(Jid room) {
        Jid bare = room.bare();
        return Optional.ofNullable(learned.get(bare)).or(() -> nameOnJoining(bare))
                .or(() -> rooms.bookmark(bare).map(b -> b.conference().name()).filter(n -> n != null && !n.isBlank()))
                .orElse(bare.local() != null ? bare.local() : bare.toString());
    }

    private Optional<String> nameOnJoining(Jid room) {
        try {
            return rooms.rooms().room(room).flatMap(Room::info).map(RoomInfo::name).filter(n -> !n.isBlank());
        } catch (NotConnectedException offline) {
            return Optional.empty();
        }
    }

    void learned(Jid room, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        learned.put(room.bare(), name.strip());
        announce();
    }

    /** Bumped on the UI thread whenever a room's name may have changed. */
    ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    /** A room event (any thread): joining brings the room's current name; a new configuration may name it anew. */
    void onEvent(RoomEvent event) {
        if (event instanceof RoomEvent.Joined joined) {
            if (learned.remove(joined.room().bare()) != null) {
                announce();
            }
        } else if (event instanceof RoomEvent.ConfigurationChanged c && c.codes().contains(StatusCode.CONFIGURATION_CHANGED)) {
            try {
                rooms.rooms().info(c.room()).whenComplete((info, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.FINE, "could not ask " + c.room() + " for its new name", failure);
                    } else {
                        learned(c.room(), info.name());
                    }
                });
            } catch (NotConnectedException offline) {
                LOG.fine(() -> "offline: the new name of " + c.room() + " is asked on joining again");
            }
        }
    }

    private void announce() {
        changed.run();
        ui.execute(() -> revision.set(revision.get() + 1));
    }
}
