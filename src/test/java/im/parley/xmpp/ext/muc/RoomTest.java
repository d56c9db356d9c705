package im.parley.xmpp.ext.muc;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How a room's presences and messages become occupants and typed events, on XEP-0045's own stanzas. */
class RoomTest {
    private static final Jid COVEN = Jid.of("coven@chat.shakespeare.lit");
    private final List<RoomEvent> events = new ArrayList<>();

    private static Presence presence(String xml) throws Exception {
        return XepExamples.stanza(xml.replaceFirst("<presence", "<presence xmlns='jabber:client'"));
    }

    private static Presence occupant(String nick, String role) {
        MucItem item = new MucItem(Affiliation.NONE, Role.fromWire(role).orElseThrow(), null, null, null, null, null);
        return Presence.builder().from(COVEN.withResource(nick))
                .payload(new MucUserCodec().encode(new MucUser(List.of(item), java.util.Set.of(), List.of(), null, null)))
                .build();
    }

    private Room joined(String nick) throws Exception {
        Room room = new Room(COVEN, nick, null, null);
        room.presence(occupant("firstwitch", "moderator"), events::add);
        room.presence(presence(Xep0045Examples.SELF_PRESENCE_NON_ANONYMOUS), events::add);
        return room;
    }

    @Test
    void occupantsBeforeOurOwnPresenceAreToldOnceInJoined() throws Exception {
        Room room = joined("thirdwitch");
        assertThat(room.joining()).isCompletedWithValue(room);
        assertThat(events).hasSize(1);
        RoomEvent.Joined joined = (RoomEvent.Joined) events.get(0);
        assertThat(joined.occupants()).extracting(Occupant::nick).containsExactlyInAnyOrder("firstwitch", "thirdwitch");
        assertThat(joined.codes()).contains(StatusCode.REAL_JIDS_PUBLIC, StatusCode.NICK_ASSIGNED);
        assertThat(joined.self().role()).isEqualTo(Role.PARTICIPANT);

        room.presence(occupant("secondwitch", "participant"), events::add);
        room.presence(occupant("secondwitch", "moderator"), events::add);
        assertThat(events.subList(1, 3)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OccupantJoined", "OccupantChanged");
        assertThat(room.occupant("secondwitch").orElseThrow().role()).isEqualTo(Role.MODERATOR);
    }

    @Test
    void aRoomKeepsABoundedNumberOfOccupants() throws Exception {
        Room room = joined("thirdwitch");
        for (int i = room.occupantCount(); i < Room.MAX_OCCUPANTS; i++) {
            room.presence(occupant("o" + i, "participant"), events::add);
        }
        room.presence(occupant("one-too-many", "participant"), events::add);
        assertThat(room.occupantCount()).isEqualTo(Room.MAX_OCCUPANTS);
        assertThat(room.occupant("one-too-many")).isEmpty();
        room.presence(occupant("o5", "moderator"), events::add);
        assertThat(room.occupant("o5").orElseThrow().role()).as("those kept still change").isEqualTo(Role.MODERATOR);
    }

    @Test
    void aConflictOffersAnotherNick() throws Exception {
        Room room = new Room(COVEN, "thirdwitch", null, null);
        room.presence(presence(Xep0045Examples.NICK_CONFLICT), events::add);
        assertThat(room.ended()).isTrue();
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> room.joining().get());
        NickConflictException conflict = (NickConflictException) failure.getCause();
        assertThat(conflict.alternative()).isEqualTo("thirdwitch_");
        assertThat(((StanzaErrorException) conflict.getCause()).condition()).isEqualTo(StanzaErrorCondition.CONFLICT);
    }

    @Test
    void ourNickChangeMovesOurOccupant() throws Exception {
        Room room = joined("thirdwitch");
        var done = room.startNickChange("oldhag");
        // Example 50's presences to hag66 itself: unavailable with 303 and 110, then the new nick.
        for (String p : List.of(Xep0045Examples.NICK_CHANGE_OLD, Xep0045Examples.NICK_CHANGE_NEW)) {
            room.presence(presence(p), events::add);
        }
        assertThat(done).isCompleted();
        assertThat(room.nick()).isEqualTo("oldhag");
        RoomEvent.NickChanged changed = (RoomEvent.NickChanged) events.get(1);
        assertThat(changed.self()).isTrue();
        assertThat(changed.before().nick()).isEqualTo("thirdwitch");
        assertThat(changed.after().nick()).isEqualTo("oldhag");
        assertThat(room.occupant("thirdwitch")).isEmpty();
    }

    @Test
    void beingKickedOrBannedOrSeeingTheRoomDestroyedEndsTheRoom() throws Exception {
        for (String removal : List.of(Xep0045Examples.KICKED, Xep0045Examples.BANNED, Xep0045Examples.DESTROYED)) {
            events.clear();
            String self = removal.replaceAll("from='[^']*'", "from='coven@chat.shakespeare.lit/thirdwitch'");
            Room room = joined("thirdwitch");
            room.presence(presence(self), events::add);
            assertThat(room.ended()).isTrue();
            RoomEvent.Left left = (RoomEvent.Left) events.get(events.size() - 1);
            assertThat(left.departure()).isIn(Departure.KICKED, Departure.BANNED, Departure.DESTROYED);
            assertThat(left.reason()).isNotBlank();
        }
    }

    @Test
    void anotherOccupantKickedIsTold() throws Exception {
        Room room = joined("thirdwitch");
        room.presence(presence(Xep0045Examples.KICKED.replace("harfleur@chat.shakespeare.lit/pistol",
                "coven@chat.shakespeare.lit/firstwitch").replace("<status code='110'/>", "")), events::add);
        RoomEvent.OccupantLeft left = (RoomEvent.OccupantLeft) events.get(1);
        assertThat(left.departure()).isEqualTo(Departure.KICKED);
        assertThat(left.actor()).isEqualTo("Fluellen");
        assertThat(room.isJoined()).isTrue();
    }

    @Test
    void messagesSubjectsAndPrivateMessages() throws Exception {
        Room room = joined("thirdwitch");
        room.message(XepExamples.stanza("<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch'"
                + " type='groupchat'><subject>Fire Burn and Cauldron Bubble!</subject></message>"), events::add);
        room.message(XepExamples.stanza("<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch'"
                + " type='groupchat' id='m1'><body>Thrice the brinded cat hath mew'd.</body></message>"), events::add);
        Message pm = XepExamples.stanza(Xep0045Examples.PRIVATE_MESSAGE.replaceFirst("<message", "<message xmlns='jabber:client'")
                .replace("coven@chat.shakespeare.lit/secondwitch", "coven@chat.shakespeare.lit/firstwitch"));
        room.message(pm, events::add);
        assertThat(room.subject()).isEqualTo("Fire Burn and Cauldron Bubble!");
        assertThat(events.subList(1, 4)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("SubjectChanged", "RoomMessage", "PrivateMessage");
        assertThat(((RoomEvent.PrivateMessage) events.get(3)).from()).isEqualTo(COVEN.withResource("firstwitch"));
    }

    @Test
    void aModerationCountsOnlyFromTheRoomItself() throws Exception {
        Room room = joined("thirdwitch");
        int before = events.size();
        String announcement = "<message xmlns='jabber:client' from='%s' type='groupchat' id='mod1'>"
                + "<apply-to id='sid-1' xmlns='urn:xmpp:fasten:0'>"
                + "<moderated by='coven@chat.shakespeare.lit/firstwitch' xmlns='urn:xmpp:message-moderate:0'>"
                + "<retract xmlns='urn:xmpp:message-retract:0'/><reason>spam</reason></moderated></apply-to>%s</message>";
        room.message(XepExamples.stanza(String.format(announcement, "coven@chat.shakespeare.lit/secondwitch",
                "<body>a fallback body does not make a forgery a message</body>")), events::add);
        assertThat(events).hasSize(before);
        room.message(XepExamples.stanza(String.format(announcement, "coven@chat.shakespeare.lit", "")), events::add);
        assertThat(events.get(before)).isEqualTo(new RoomEvent.MessageModerated(COVEN, "sid-1",
                COVEN.withResource("firstwitch"), null, "spam"));
    }

    @Test
    void aCaptchaCountsOnlyForOurJoinUnderWay() throws Exception {
        String challenge = "<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' id='c1'>"
                + "<captcha xmlns='urn:xmpp:captcha'><x xmlns='jabber:x:data' type='form'>"
                + "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>"
                + "<field var='from' type='hidden'><value>coven@chat.shakespeare.lit/thirdwitch</value></field>"
                + "<field var='challenge' type='hidden'><value>c1</value></field>"
                + "<field var='sid' type='hidden'><value>%s</value></field>"
                + "<field var='ocr' label='Enter the text you see'><required/></field></x></captcha></message>";
        Room room = new Room(COVEN, "thirdwitch", null, null);
        room.joinSent("join-1");
        room.message(XepExamples.stanza(String.format(challenge, "someone-elses")), events::add);
        assertThat(events).isEmpty();
        assertThat(room.challenged()).isFalse();
        room.message(XepExamples.stanza(String.format(challenge, "join-1")), events::add);
        assertThat(events).singleElement().isInstanceOfSatisfying(RoomEvent.CaptchaChallenged.class,
                c -> assertThat(c.challenge().id()).isEqualTo("c1"));
        assertThat(room.challenged()).isTrue();
        room.presence(presence(Xep0045Examples.SELF_PRESENCE_NON_ANONYMOUS), events::add);
        room.message(XepExamples.stanza(String.format(challenge, "join-1")), events::add);
        assertThat(events).as("none once joined").hasSize(2);
    }

    @Test
    void selfPingAnswersAreReadAsTheXepSays() {
        assertThat(SelfPing.verdict(null)).isEqualTo(SelfPing.Verdict.JOINED);
        assertThat(SelfPing.verdict(remote(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED))).isEqualTo(SelfPing.Verdict.JOINED);
        assertThat(SelfPing.verdict(remote(StanzaErrorCondition.ITEM_NOT_FOUND))).isEqualTo(SelfPing.Verdict.JOINED);
        assertThat(SelfPing.verdict(remote(StanzaErrorCondition.NOT_ACCEPTABLE))).isEqualTo(SelfPing.Verdict.NOT_JOINED);
        assertThat(SelfPing.verdict(remote(StanzaErrorCondition.NOT_ALLOWED))).isEqualTo(SelfPing.Verdict.NOT_JOINED);
        assertThat(SelfPing.verdict(remote(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT))).isEqualTo(SelfPing.Verdict.UNDECIDED);
        assertThat(SelfPing.verdict(new java.util.concurrent.TimeoutException())).isEqualTo(SelfPing.Verdict.UNDECIDED);
    }

    @Test
    void theRoomsVoiceApprovalFormBecomesAVoiceRequestAnOccupantsCopyDoesNot() throws Exception {
        Room room = joined("crone1");
        events.clear();
        String form = Xep0045Examples.VOICE_APPROVAL_FORM.replaceFirst("<message", "<message xmlns='jabber:client'");
        room.message(XepExamples.stanza(form.replace("from='coven@chat.shakespeare.lit'",
                "from='coven@chat.shakespeare.lit/firstwitch'")), events::add);
        assertThat(events).as("a form from an occupant, not the room").isEmpty();
        room.message(XepExamples.stanza(form), events::add);
        RoomEvent.VoiceRequested request = (RoomEvent.VoiceRequested) events.get(0);
        assertThat(request.nick()).isEqualTo("thirdwitch");
        assertThat(request.jid()).isEqualTo(Jid.of("hag66@shakespeare.lit/pda"));
        assertThat(request.approvable()).isTrue();
    }

    @Test
    void prosodysVoiceRequestFormIsOneToo() throws Exception {
        Room room = joined("crone1");
        events.clear();
        // As Prosody 0.12's muc/request.lib.lua writes it (util.dataforms), field order and all.
        room.message(XepExamples.stanza("""
                <message xmlns='jabber:client' type='normal' from='coven@chat.shakespeare.lit'
                         to='crone1@shakespeare.lit/desktop'>
                  <x xmlns='jabber:x:data' type='form'><title>Voice Request</title>
                    <field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/muc#request</value></field>
                    <field type='jid-single' var='muc#jid' label='User ID'><desc>The user's JID (address)</desc>
                      <value>hag66@shakespeare.lit/pda</value></field>
                    <field type='text-single' var='muc#roomnick' label='Room nickname'>
                      <desc>The user's nickname within the room</desc><value>thirdwitch</value></field>
                    <field type='list-single' var='muc#role' label='Requested role'>
                      <option label='none'><value>none</value></option>
                      <option label='visitor'><value>visitor</value></option>
                      <option label='participant'><value>participant</value></option>
                      <option label='moderator'><value>moderator</value></option><value>participant</value></field>
                    <field type='boolean' var='muc#request_allow' label='Grant voice to this person?'>
                      <desc>Specify whether this person is able to speak in a moderated room</desc><value>0</value></field>
                  </x>
                </message>"""), events::add);
        RoomEvent.VoiceRequested request = (RoomEvent.VoiceRequested) events.get(0);
        assertThat(request.nick()).isEqualTo("thirdwitch");
        assertThat(request.approvable()).isTrue();
    }

    private static StanzaErrorException remote(StanzaErrorCondition condition) {
        return new StanzaErrorException(StanzaError.of(condition), null);
    }
}
