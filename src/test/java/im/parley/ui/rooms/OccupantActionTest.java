package im.parley.ui.rooms;

import static im.parley.ui.rooms.OccupantAction.BAN;
import static im.parley.ui.rooms.OccupantAction.GRANT_ADMIN;
import static im.parley.ui.rooms.OccupantAction.GRANT_MEMBERSHIP;
import static im.parley.ui.rooms.OccupantAction.GRANT_MODERATOR;
import static im.parley.ui.rooms.OccupantAction.GRANT_OWNER;
import static im.parley.ui.rooms.OccupantAction.GRANT_VOICE;
import static im.parley.ui.rooms.OccupantAction.KICK;
import static im.parley.ui.rooms.OccupantAction.REVOKE_ADMIN;
import static im.parley.ui.rooms.OccupantAction.REVOKE_MEMBERSHIP;
import static im.parley.ui.rooms.OccupantAction.REVOKE_MODERATOR;
import static im.parley.ui.rooms.OccupantAction.REVOKE_OWNER;
import static im.parley.ui.rooms.OccupantAction.REVOKE_VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.jid.Jid;
import org.junit.jupiter.api.Test;

/** The moderation the menu offers, by the user's role and affiliation (XEP-0045 §5.1.2, §5.2.1, §8 to §10). */
class OccupantActionTest {
    private static final Jid ROOM = Jid.of("lounge@conference.example.org");

    static Occupant occupant(String nick, Role role, Affiliation affiliation, boolean realJidShown) {
        return new Occupant(ROOM.withResource(nick), role, affiliation,
                realJidShown ? Jid.of(nick + "@example.org/phone") : null, null, null, null);
    }

    @Test
    void aParticipantMayDoNothingToOthers() {
        Occupant me = occupant("me", Role.PARTICIPANT, Affiliation.MEMBER, true);
        assertThat(OccupantAction.offered(me, occupant("bob", Role.VISITOR, Affiliation.NONE, true))).isEmpty();
    }

    @Test
    void nobodyIsOfferedActionsOnThemselves() {
        Occupant me = occupant("me", Role.MODERATOR, Affiliation.OWNER, true);
        assertThat(OccupantAction.offered(me, me)).isEmpty();
    }

    @Test
    void anUnaffiliatedModeratorKicksAndGivesOrTakesVoiceFromTheUnaffiliated() {
        Occupant me = occupant("me", Role.MODERATOR, Affiliation.NONE, false);
        assertThat(OccupantAction.offered(me, occupant("bob", Role.PARTICIPANT, Affiliation.NONE, false)))
                .containsExactly(KICK, REVOKE_VOICE);
        assertThat(OccupantAction.offered(me, occupant("eve", Role.VISITOR, Affiliation.NONE, false)))
                .containsExactly(KICK, GRANT_VOICE);
        // §8.2: not someone of a higher affiliation; §8.4: nor take their voice.
        assertThat(OccupantAction.offered(me, occupant("amy", Role.PARTICIPANT, Affiliation.MEMBER, false))).isEmpty();
        // §5.1.2: only an admin or owner removes another moderator.
        assertThat(OccupantAction.offered(me, occupant("mo", Role.MODERATOR, Affiliation.NONE, false))).isEmpty();
    }

    @Test
    void anAdminAlsoBansAndGrantsMembershipAndModeratorButNotAdminStatus() {
        Occupant me = occupant("me", Role.MODERATOR, Affiliation.ADMIN, true);
        assertThat(OccupantAction.offered(me, occupant("bob", Role.PARTICIPANT, Affiliation.NONE, true)))
                .containsExactly(KICK, REVOKE_VOICE, GRANT_MODERATOR, GRANT_MEMBERSHIP, BAN);
        assertThat(OccupantAction.offered(me, occupant("amy", Role.PARTICIPANT, Affiliation.MEMBER, true)))
                .containsExactly(KICK, REVOKE_VOICE, GRANT_MODERATOR, REVOKE_MEMBERSHIP, BAN);
        assertThat(OccupantAction.offered(me, occupant("mo", Role.MODERATOR, Affiliation.NONE, true)))
                .containsExactly(KICK, REVOKE_MODERATOR, GRANT_MEMBERSHIP, BAN);
        // §8.4, §9.7: an owner keeps voice and moderation; §9.1: no admin bans an owner.
        assertThat(OccupantAction.offered(me, occupant("boss", Role.MODERATOR, Affiliation.OWNER, true))).isEmpty();
    }

    @Test
    void anOwnerMakesAndUnmakesAdminsAndOwners() {
        Occupant me = occupant("me", Role.MODERATOR, Affiliation.OWNER, true);
        assertThat(OccupantAction.offered(me, occupant("bob", Role.PARTICIPANT, Affiliation.NONE, true)))
                .containsExactly(KICK, REVOKE_VOICE, GRANT_MODERATOR, GRANT_MEMBERSHIP, GRANT_ADMIN, GRANT_OWNER, BAN);
        assertThat(OccupantAction.offered(me, occupant("ada", Role.MODERATOR, Affiliation.ADMIN, true)))
                .containsExactly(KICK, REVOKE_ADMIN, GRANT_OWNER, BAN);
        assertThat(OccupantAction.offered(me, occupant("co", Role.MODERATOR, Affiliation.OWNER, true)))
                .containsExactly(KICK, REVOKE_OWNER, BAN);
    }

    @Test
    void affiliationsNeedTheRealJidTheRoomMayHide() {
        Occupant me = occupant("me", Role.MODERATOR, Affiliation.OWNER, true);
        assertThat(OccupantAction.offered(me, occupant("bob", Role.PARTICIPANT, Affiliation.NONE, false)))
                .containsExactly(KICK, REVOKE_VOICE, GRANT_MODERATOR);
    }

    @Test
    void eachActionGivesTheRoleOrAffiliationTheXepNames() {
        assertThat(KICK.newRole()).isEqualTo(Role.NONE);
        assertThat(GRANT_VOICE.newRole()).isEqualTo(Role.PARTICIPANT);
        assertThat(REVOKE_VOICE.newRole()).isEqualTo(Role.VISITOR);
        assertThat(GRANT_MODERATOR.newRole()).isEqualTo(Role.MODERATOR);
        assertThat(REVOKE_MODERATOR.newRole()).isEqualTo(Role.PARTICIPANT);
        assertThat(BAN.newAffiliation()).isEqualTo(Affiliation.OUTCAST);
        assertThat(REVOKE_MEMBERSHIP.newAffiliation()).isEqualTo(Affiliation.NONE);
        assertThat(REVOKE_ADMIN.newAffiliation()).isEqualTo(Affiliation.MEMBER);
        assertThat(REVOKE_OWNER.newAffiliation()).isEqualTo(Affiliation.ADMIN);
        assertThat(BAN.changesRole()).isFalse();
        assertThat(KICK.asksReason()).isTrue();
        assertThat(GRANT_VOICE.asksReason()).isFalse();
    }
}
