package im.parley.ui.chat;

import im.parley.client.AccountEvent;
import im.parley.ui.app.AccountModel;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The header line of a private conversation with one occupant of a room (XEP-0045 §7.5): that it
 * is private, in which room, and the occupant's presence there; or that they left, since the
 * room then passes on nothing. Follows the room's events; its properties change on the UI thread.
 */
public final class OccupantStatus implements Consumer<AccountEvent> {
    /**
     * Where the occupant is, as the room last told.
     *
     * @param inRoom whether the user is in the room (else the room tells nothing)
     * @param occupant the occupant under the conversation's nick, or null when nobody has it
     */
    public record Whereabouts(boolean inRoom, Occupant occupant) {
    }

    private final Jid occupant;
    private final String roomName;
    private final Supplier<Whereabouts> whereabouts;
    private final Executor ui;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    /**
     * @param occupant room@service/nick
     * @param roomName the room as people call it
     * @param whereabouts asked again after each of the room's events (off the UI thread)
     */
    public OccupantStatus(Jid occupant, String roomName, Supplier<Whereabouts> whereabouts, Executor ui) {
        this.occupant = occupant;
        this.roomName = roomName;
        this.whereabouts = whereabouts;
        this.ui = ui;
        show(whereabouts.get());
    }

    /** "Private message in Room · Away", or why messages may not arrive. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** An account event: the room's own come, go and change the line. */
    @Override
    public void accept(AccountEvent event) {
        if (event instanceof AccountEvent.RoomChanged changed && changed.event().room().equals(occupant.bare())) {
            Whereabouts now = whereabouts.get();
            ui.execute(() -> show(now));
        } else if (event instanceof AccountEvent.ConnectionChanged) {
            Whereabouts now = whereabouts.get();
            ui.execute(() -> show(now));
        }
    }

    private void show(Whereabouts now) {
        String nick = occupant.resource();
        String privately = "Private message in " + roomName;
        if (!now.inRoom()) {
            text.set(privately + " · you are not in the room; messages may not arrive");
        } else if (now.occupant() == null) {
            text.set(nick + " has left the room; messages may not arrive");
        } else {
            Occupant o = now.occupant();
            String status = o.status() == null || o.status().isBlank() ? "" : " · " + o.status();
            text.set(privately + " · " + AccountModel.availability(o.show()).label() + status);
        }
    }
}
