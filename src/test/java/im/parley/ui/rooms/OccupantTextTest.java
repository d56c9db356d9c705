package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import org.junit.jupiter.api.Test;

/** What an occupant's row shows and what a screen reader says of it: role, affiliation and status. */
class OccupantTextTest {
    private static final Jid ROOM = Jid.of("coven@chat.shakespeare.lit");

    @Test
    void theRowSaysAffiliationAndStatusAndTheReaderAllOfIt() {
        Occupant owner = new Occupant(ROOM.withResource("crone1"), Role.MODERATOR, Affiliation.OWNER, null, null,
                Presence.Show.AWAY, "at lunch");
        assertThat(OccupantText.detail(owner)).isEqualTo("Owner · at lunch");
        assertThat(OccupantText.accessible(owner)).isEqualTo("crone1, moderator, owner, away: at lunch");

        Occupant visitor = new Occupant(ROOM.withResource("hag66"), Role.VISITOR, Affiliation.NONE, null, null, null,
                null);
        assertThat(OccupantText.detail(visitor)).isEmpty();
        assertThat(OccupantText.accessible(visitor)).isEqualTo("hag66, visitor, available");
    }
}
