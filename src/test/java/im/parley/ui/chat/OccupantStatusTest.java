package im.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The header line of a private conversation in a room, on plain values. */
class OccupantStatusTest {
    private static final Jid ROOM = Jid.of("coven@chat.example.org");
    private static final Jid WITCH = ROOM.withResource("firstwitch");
    private static final Occupant PRESENT = new Occupant(WITCH, Role.PARTICIPANT, Affiliation.NONE, null, null, null, null);

    private final AtomicReference<OccupantStatus.Whereabouts> where =
            new AtomicReference<>(new OccupantStatus.Whereabouts(true, PRESENT));
    private final AtomicInteger asked = new AtomicInteger();
    private final OccupantStatus status = new OccupantStatus(WITCH, "The Coven", () -> {
        asked.incrementAndGet();
        return where.get();
    }, Runnable::run);

    @Test
    void saysItIsPrivateInWhichRoomAndTheOccupantsPresence() {
        assertThat(status.textProperty().get()).isEqualTo("Private message in The Coven · Available");

        where.set(new OccupantStatus.Whereabouts(true, new Occupant(WITCH, Role.PARTICIPANT, Affiliation.NONE, null,
                null, Presence.Show.AWAY, "stirring the cauldron")));
        status.accept(new AccountEvent.RoomChanged(new RoomEvent.OccupantChanged(ROOM, PRESENT, where.get().occupant(),
                false)));
        assertThat(status.textProperty().get())
                .isEqualTo("Private message in The Coven · Away · stirring the cauldron");
    }

    @Test
    void aLeavingOccupantOrTheUserOutOfTheRoomIsSaidSinceMessagesMayNotArrive() {
        where.set(new OccupantStatus.Whereabouts(true, null));
        status.accept(new AccountEvent.RoomChanged(new RoomEvent.OccupantLeft(ROOM, PRESENT, Departure.LEFT, null, null)));
        assertThat(status.textProperty().get()).isEqualTo("firstwitch has left the room; messages may not arrive");

        where.set(new OccupantStatus.Whereabouts(false, null));
        status.accept(new AccountEvent.ConnectionChanged(new AccountState.Offline()));
        assertThat(status.textProperty().get())
                .isEqualTo("Private message in The Coven · you are not in the room; messages may not arrive");
    }

    @Test
    void otherRoomsEventsAreNotLookedInto() {
        int before = asked.get();
        status.accept(new AccountEvent.RoomChanged(new RoomEvent.OccupantLeft(Jid.of("heath@chat.example.org"),
                new Occupant(Jid.of("heath@chat.example.org/macbeth"), Role.PARTICIPANT, Affiliation.NONE, null, null,
                        null, null), Departure.LEFT, null, null)));
        assertThat(asked).hasValue(before);
    }
}
