package im.parley.xmpp.ext.muc;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round trips of XEP-0045's own examples through the muc, muc#user, muc#admin and muc#owner codecs. */
class MucCodecTest {
    private static final MucJoinCodec JOIN = new MucJoinCodec();
    private static final MucUserCodec USER = new MucUserCodec();
    private static final MucAdminCodec ADMIN = new MucAdminCodec();
    private static final MucOwnerCodec OWNER = new MucOwnerCodec();

    private static XmlElement payload(String stanza, String name, String namespace) throws Exception {
        return XepExamples.element(stanza).child(name, namespace).orElseThrow();
    }

    private static MucUser user(String stanza) throws Exception {
        return RoundTrip.of(USER, payload(stanza, "x", Muc.USER));
    }

    @Test
    void joinWithPasswordAndWithoutHistory() throws Exception {
        assertThat(RoundTrip.of(JOIN, payload(Xep0045Examples.PASSWORD_JOIN, "x", Muc.NAMESPACE)))
                .isEqualTo(new MucJoin("cauldronburn", null));
        MucJoin noHistory = RoundTrip.of(JOIN, payload(Xep0045Examples.NO_HISTORY, "x", Muc.NAMESPACE));
        assertThat(noHistory.history()).isEqualTo(new History(0, null, null, null));
        assertThat(JOIN.encode(new MucJoin(null, History.none())).toString()).contains("maxstanzas=\"0\"");
    }

    @Test
    void selfPresenceCarriesItsStatusCodes() throws Exception {
        MucUser self = user(Xep0045Examples.SELF_PRESENCE_NON_ANONYMOUS);
        assertThat(self.statusCodes()).containsExactlyInAnyOrder(100, 110, 210);
        assertThat(self.item()).isEqualTo(new MucItem(Affiliation.MEMBER, Role.PARTICIPANT, null, null, null, null, null));
        assertThat(user(Xep0045Examples.SELF_PRESENCE).has(100)).isFalse();
        assertThat(user(Xep0045Examples.SELF_EXIT).item().jid()).isEqualTo(Jid.of("hag66@shakespeare.lit/pda"));
    }

    @Test
    void kickAndBanCarryActorAndReason() throws Exception {
        MucUser kicked = user(Xep0045Examples.KICKED);
        assertThat(kicked.statusCodes()).containsExactlyInAnyOrder(110, 307);
        assertThat(kicked.item().actorNick()).isEqualTo("Fluellen");
        assertThat(kicked.item().reason()).isEqualTo("Avaunt, you cullion!");
        MucUser banned = user(Xep0045Examples.BANNED);
        assertThat(banned.has(301)).isTrue();
        assertThat(banned.item().affiliation()).isEqualTo(Affiliation.OUTCAST);
        assertThat(banned.item().actorNick()).isEqualTo("The ♚");
    }

    @Test
    void invitationsAndDeclines() throws Exception {
        MucInvite sent = user(Xep0045Examples.MEDIATED_INVITATION).invites().get(0);
        assertThat(sent.decline()).isFalse();
        assertThat(sent.to()).isEqualTo(Jid.of("hecate@shakespeare.lit"));
        assertThat(sent.reason()).contains("this is the place for all good witches!");
        MucUser passedOn = user(Xep0045Examples.INVITATION_PASSED_ON);
        assertThat(passedOn.invites().get(0).from()).isEqualTo(Jid.of("crone1@shakespeare.lit/desktop"));
        assertThat(passedOn.password()).isEqualTo("cauldronburn");
        MucInvite decline = user(Xep0045Examples.DECLINE).invites().get(0);
        assertThat(decline.decline()).isTrue();
        assertThat(decline.to()).isEqualTo(Jid.of("crone1@shakespeare.lit"));
    }

    @Test
    void privateMessageMarkerAndDestruction() throws Exception {
        assertThat(user(Xep0045Examples.PRIVATE_MESSAGE)).isEqualTo(MucUser.empty());
        assertThat(user(Xep0045Examples.DESTROYED).destroy())
                .isEqualTo(new Destroy(Jid.of("coven@chat.shakespeare.lit"), null, "Macbeth doth come."));
    }

    @Test
    void adminRequestsAndLists() throws Exception {
        assertThat(RoundTrip.of(ADMIN, payload(Xep0045Examples.KICK, "query", Muc.ADMIN)).items())
                .containsExactly(MucItem.role("pistol", Role.NONE, "Avaunt, you cullion!"));
        assertThat(RoundTrip.of(ADMIN, payload(Xep0045Examples.BAN, "query", Muc.ADMIN)).items())
                .containsExactly(MucItem.affiliation(Jid.of("earlofcambridge@shakespeare.lit"), Affiliation.OUTCAST, null));
        assertThat(RoundTrip.of(ADMIN, payload(Xep0045Examples.VOICE_LIST, "query", Muc.ADMIN)).items())
                .extracting(MucItem::nick).containsExactly("Polo", "horotoro", "Hecate");
        assertThat(RoundTrip.of(ADMIN, payload(Xep0045Examples.MEMBER_LIST, "query", Muc.ADMIN)).items())
                .containsExactly(new MucItem(Affiliation.MEMBER, Role.PARTICIPANT, Jid.of("hag66@shakespeare.lit"),
                        "thirdwitch", null, null, null));
        assertThat(RoundTrip.of(ADMIN, payload(Xep0045Examples.MEMBER_LIST_CHANGE, "query", Muc.ADMIN)).items())
                .extracting(MucItem::affiliation).containsExactly(Affiliation.NONE, Affiliation.MEMBER);
    }

    @Test
    void ownerFormsAndDestroy() throws Exception {
        MucOwner instant = RoundTrip.of(OWNER, payload(Xep0045Examples.INSTANT_ROOM, "query", Muc.OWNER));
        assertThat(instant.form().type()).isEqualTo(FormType.SUBMIT);
        assertThat(instant.form().fields()).isEmpty();
        MucOwner form = RoundTrip.of(OWNER, payload(Xep0045Examples.CONFIGURATION_FORM, "query", Muc.OWNER));
        assertThat(form.form().formType()).contains(Muc.ROOMCONFIG);
        MucOwner submitted = RoundTrip.of(OWNER, payload(Xep0045Examples.CONFIGURATION_SUBMIT, "query", Muc.OWNER));
        assertThat(submitted.form().field("muc#roomconfig_roomadmins").orElseThrow().values())
                .containsExactly("wiccarocks@shakespeare.lit", "hecate@shakespeare.lit");
        // Filling in the service's form as example 159 does gives the values of its submission.
        Map<String, List<String>> answers = Map.of("muc#roomconfig_roomname", List.of("A Dark Cave"),
                "muc#roomconfig_passwordprotectedroom", List.of("1"),
                "muc#roomconfig_roomsecret", List.of("cauldronburn"));
        assertThat(form.form().submit(answers).field("muc#roomconfig_roomsecret").orElseThrow().values())
                .containsExactly("cauldronburn");
        assertThat(RoundTrip.of(OWNER, payload(Xep0045Examples.DESTROY, "query", Muc.OWNER)).destroy())
                .isEqualTo(new Destroy(Jid.of("coven@chat.shakespeare.lit"), null, "Macbeth doth come."));
    }

    @Test
    void malformedPayloadsAreRefused() throws Exception {
        assertThat(RoundTrip.malformedReason(USER,
                "<x xmlns='http://jabber.org/protocol/muc#user'><status code='abc'/></x>")).contains("code");
        assertThat(RoundTrip.malformedReason(USER,
                "<x xmlns='http://jabber.org/protocol/muc#user'><item role='king'/></x>")).contains("role");
        assertThat(RoundTrip.malformedReason(ADMIN,
                "<query xmlns='http://jabber.org/protocol/muc#admin'><item jid='@@' affiliation='member'/></query>"))
                .contains("jid");
        assertThat(RoundTrip.malformedReason(JOIN,
                "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='-1'/></x>")).contains("maxstanzas");
    }
}
