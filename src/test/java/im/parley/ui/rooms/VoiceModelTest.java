package im.parley.ui.rooms;

import static im.parley.ui.rooms.OccupantActionTest.occupant;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.Muc;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A visitor asks for voice once; a moderator grants (by the room's form, else by role) or dismisses each request. */
class VoiceModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Jid ROOM = Jid.of("coven@chat.shakespeare.lit");

    private final List<String> calls = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final SimpleObjectProperty<Occupant> self = new SimpleObjectProperty<>();
    private boolean offline;

    private final VoiceModel.Voice voice = new VoiceModel.Voice() {
        @Override
        public void request() throws Exception {
            if (offline) {
                throw new NotConnectedException("offline");
            }
            calls.add("request");
        }

        @Override
        public void approve(RoomEvent.VoiceRequested request) {
            calls.add("approve " + request.nick());
        }

        @Override
        public CompletableFuture<Void> grant(String nick) {
            calls.add("grant " + nick);
            return CompletableFuture.completedFuture(null);
        }
    };

    private final VoiceModel model = new VoiceModel(voice, self, NOW, NOW, problems::add);

    private static RoomEvent.VoiceRequested request(String nick, boolean withAllowField) {
        List<FormField> fields = new ArrayList<>(List.of(FormField.formType(Muc.REQUEST),
                FormField.of("muc#roomnick", FieldType.TEXT_SINGLE, List.of(nick))));
        if (withAllowField) {
            fields.add(FormField.of("muc#request_allow", FieldType.BOOLEAN, List.of("false")));
        }
        return new RoomEvent.VoiceRequested(ROOM, nick, Jid.of(nick + "@shakespeare.lit/pda"),
                DataForm.of(FormType.FORM, fields));
    }

    private static RoomEvent.OccupantChanged roleChange(Occupant before, Role role, boolean self) {
        Occupant after = new Occupant(before.jid(), role, before.affiliation(), before.realJid(), null, null, null);
        return new RoomEvent.OccupantChanged(ROOM, before, after, self);
    }

    @Test
    void aVisitorAsksOnceAndIsAskedUntilGivenVoice() {
        Occupant me = occupant("hag66", Role.VISITOR, Affiliation.NONE, true);
        self.set(me);
        assertThat(model.visitor().get()).isTrue();
        model.request();
        model.request();
        assertThat(calls).containsExactly("request");
        assertThat(model.requestedProperty().get()).isTrue();

        RoomEvent.OccupantChanged granted = roleChange(me, Role.PARTICIPANT, true);
        self.set(granted.after());
        assertThat(model.visitor().get()).isFalse();
        assertThat(model.requestedProperty().get()).isFalse();
        assertThat(RoomNotices.change(granted)).contains("You have voice now");
    }

    @Test
    void aRequestThatCouldNotBeSentMayBeMadeAgain() {
        self.set(occupant("hag66", Role.VISITOR, Affiliation.NONE, true));
        offline = true;
        model.request();
        assertThat(model.requestedProperty().get()).isFalse();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("Could not ask for voice");
    }

    @Test
    void aParticipantHasNothingToAskFor() {
        self.set(occupant("hag66", Role.PARTICIPANT, Affiliation.NONE, true));
        model.request();
        assertThat(calls).isEmpty();
    }

    @Test
    void aModeratorGrantsByTheRoomsFormElseByRoleAndDismisses() {
        self.set(occupant("crone1", Role.MODERATOR, Affiliation.OWNER, true));
        RoomEvent.VoiceRequested hag = request("thirdwitch", true);
        RoomEvent.VoiceRequested again = request("thirdwitch", true);
        RoomEvent.VoiceRequested bare = request("secondwitch", false);
        RoomEvent.VoiceRequested pest = request("pest", true);
        List.of(hag, again, bare, pest).forEach(model::onEvent);
        assertThat(model.requests()).as("one card per nick").containsExactly(again, bare, pest);

        model.grant(again);
        model.grant(bare);
        model.dismiss(pest);
        assertThat(calls).containsExactly("approve thirdwitch", "grant secondwitch");
        assertThat(model.requests()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aRequestGoesWhenTheRequesterGotVoiceOrLeft() {
        self.set(occupant("crone1", Role.MODERATOR, Affiliation.OWNER, true));
        Occupant hag = occupant("thirdwitch", Role.VISITOR, Affiliation.NONE, true);
        Occupant pest = occupant("pest", Role.VISITOR, Affiliation.NONE, true);
        model.onEvent(request("thirdwitch", true));
        model.onEvent(request("pest", true));
        model.onEvent(roleChange(hag, Role.PARTICIPANT, false));
        model.onEvent(new RoomEvent.OccupantLeft(ROOM, pest, Departure.LEFT, null, null));
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void onlyAModeratorIsShownRequests() {
        self.set(occupant("crone1", Role.MODERATOR, Affiliation.NONE, true));
        model.onEvent(request("thirdwitch", true));
        self.set(occupant("crone1", Role.PARTICIPANT, Affiliation.NONE, true));
        assertThat(model.requests()).as("no longer a moderator").isEmpty();
        model.onEvent(request("thirdwitch", true));
        assertThat(model.requests()).isEmpty();
    }
}
