package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class JoinRoomViewModelTest {
    private final List<Jid> joined = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private CompletableFuture<Object> answer = CompletableFuture.completedFuture(null);

    private JoinRoomViewModel model() {
        return new JoinRoomViewModel((room, nick, password) -> {
            asked.add(room + " as " + nick + (password == null ? "" : " with " + password));
            return answer;
        }, "alice", Runnable::run, joined::add);
    }

    @Test
    void onlyARoomAddressWithANickCanBeJoined() {
        JoinRoomViewModel model = model();
        assertThat(model.canJoinProperty().get()).isFalse();
        model.addressProperty().set("conference.example.org");
        assertThat(model.canJoinProperty().get()).as("a service, not a room").isFalse();
        model.addressProperty().set("lounge@conference.example.org/nick");
        assertThat(model.canJoinProperty().get()).as("an occupant, not a room").isFalse();
        model.addressProperty().set(" lounge@conference.example.org ");
        assertThat(model.canJoinProperty().get()).isTrue();
        model.nickProperty().set("  ");
        assertThat(model.canJoinProperty().get()).isFalse();
    }

    @Test
    void joiningTellsTheRoomJoinedWithThePasswordOnlyWhenGiven() {
        JoinRoomViewModel model = model();
        model.addressProperty().set("Lounge@conference.example.org");
        model.join();
        model.passwordProperty().set("secret");
        model.join();
        assertThat(asked).containsExactly("lounge@conference.example.org as alice",
                "lounge@conference.example.org as alice with secret");
        assertThat(joined).hasSize(2);
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void aTakenNickOffersTheAlternativeInTheField() {
        JoinRoomViewModel model = model();
        Jid room = Jid.of("lounge@conference.example.org");
        answer = CompletableFuture.failedFuture(new NickConflictException(room, "alice", new StanzaErrorException(
                StanzaError.of(StanzaErrorCondition.CONFLICT), Iq.builder(Iq.Type.ERROR).id("x").build())));
        model.addressProperty().set(room.toString());
        model.join();
        assertThat(joined).isEmpty();
        assertThat(model.problemProperty().get()).startsWith("Someone in the room already uses \"alice\"");
        assertThat(model.nickProperty().get()).isNotEqualTo("alice").isNotBlank();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRoomsRefusalIsASentence() {
        assertThat(JoinRoomViewModel.refusal(StanzaErrorCondition.FORBIDDEN, new RuntimeException()))
                .isEqualTo("You are banned from this room.");
        assertThat(JoinRoomViewModel.refusal(StanzaErrorCondition.NOT_AUTHORIZED, new RuntimeException()))
                .contains("password");
    }
}
