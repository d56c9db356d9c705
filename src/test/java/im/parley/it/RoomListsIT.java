package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.AffiliationChangeRefusedException;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Editing a room's lists against the real Prosody (XEP-0045 §9.5, §10.5): why the edit goes one
 * change at a time, and the room's refusal of its last owner's leaving (conflict), which stops
 * the edit after what it made.
 */
class RoomListsIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void prosodyMakesOnlyTheFirstItemOfARequestSoTheEditGoesInTurn() throws Exception {
        try (AccountSession owner = PepIT.session(prosody, "lists-owner")) {
            Jid room = Jid.of("edits-" + UUID.randomUUID().toString().substring(0, 8) + "@"
                    + prosody.env().get("MUC_DOMAIN"));
            RoomAdministration admin = owner.roomAdministration();
            owner.rooms().join(room, "owner", null).get(20, TimeUnit.SECONDS);
            admin.createInstant(room).get(20, TimeUnit.SECONDS);
            Jid hag = Jid.of("hag66@" + prosody.domain());
            Jid hecate = Jid.of("hecate@" + prosody.domain());

            // §9.5's two-item request: Prosody 0.12 answers success and makes the first alone.
            admin.changeAffiliations(room, List.of(MucItem.affiliation(hag, Affiliation.MEMBER, null),
                    MucItem.affiliation(hecate, Affiliation.MEMBER, null))).get(20, TimeUnit.SECONDS);
            assertThat(jids(admin, room, Affiliation.MEMBER)).containsExactly(hag);

            admin.changeAffiliationsInTurn(room, List.of(MucItem.affiliation(hecate, Affiliation.MEMBER, null),
                    MucItem.affiliation(hag, Affiliation.NONE, null))).get(20, TimeUnit.SECONDS);
            assertThat(jids(admin, room, Affiliation.MEMBER)).containsExactly(hecate);

            // The last owner cannot leave the owner list (§10.5): conflict, after the ban before it.
            Jid self = owner.jid().bare();
            MucItem ban = MucItem.affiliation(hag, Affiliation.OUTCAST, "spam");
            MucItem leave = MucItem.affiliation(self, Affiliation.NONE, null);
            assertThatThrownBy(() -> admin.changeAffiliationsInTurn(room, List.of(ban, leave))
                    .get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOfSatisfying(AffiliationChangeRefusedException.class, refused -> {
                        assertThat(refused.condition()).isEqualTo(StanzaErrorCondition.CONFLICT);
                        assertThat(refused.refused()).isEqualTo(leave);
                        assertThat(refused.applied()).containsExactly(ban);
                    });
            assertThat(jids(admin, room, Affiliation.OUTCAST)).containsExactly(hag);
            assertThat(jids(admin, room, Affiliation.OWNER)).containsExactly(self);
        }
    }

    private static List<Jid> jids(RoomAdministration admin, Jid room, Affiliation affiliation) throws Exception {
        return admin.list(room, affiliation).get(20, TimeUnit.SECONDS).stream().map(MucItem::jid).toList();
    }
}
