package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The create path of the join dialog: instant or set up first, and never over an existing room (XEP-0045 §10.1). */
class CreateRoomViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Jid SERVICE = Jid.of("conference.example.org");

    private final List<String> calls = new ArrayList<>();
    private final List<Jid> opened = new ArrayList<>();
    private final List<CreateRoomViewModel.Configuring> configuring = new ArrayList<>();
    private boolean exists;
    private boolean isNew = true;

    private final CreateRoomViewModel.Creator creator = new CreateRoomViewModel.Creator() {
        @Override
        public CompletableFuture<List<Jid>> services() {
            return CompletableFuture.completedFuture(List.of(SERVICE, Jid.of("chat.example.org")));
        }

        @Override
        public CompletableFuture<Boolean> exists(Jid room) {
            calls.add("exists " + room);
            return CompletableFuture.completedFuture(exists);
        }

        @Override
        public CompletableFuture<Boolean> enter(Jid room, String nick) {
            calls.add("enter " + room + " as " + nick);
            return CompletableFuture.completedFuture(isNew);
        }

        @Override
        public CompletableFuture<Void> instant(Jid room, String name) {
            calls.add("instant " + room + " " + name);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<DataForm> configurationForm(Jid room) {
            calls.add("form " + room);
            return CompletableFuture.completedFuture(DataForm.of(FormType.FORM, List.of()));
        }

        @Override
        public CompletableFuture<Void> configure(Jid room, DataForm submitted) {
            calls.add("configure " + room);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final CreateRoomViewModel model = new CreateRoomViewModel(creator, "alice", NOW, opened::add,
            configuring::add);

    @Test
    void theAddressFollowsTheNameUntilTheUserTypesOne() {
        model.load();
        assertThat(model.serviceProperty().get()).isEqualTo(SERVICE);
        model.nameProperty().set("Café Crème: Friday!");
        assertThat(model.addressProperty().get()).isEqualTo("cafe-creme-friday");
        assertThat(model.roomAddress()).isEqualTo(Jid.of("cafe-creme-friday@conference.example.org"));
        model.addressProperty().set("friday");
        model.nameProperty().set("Another name");
        assertThat(model.addressProperty().get()).isEqualTo("friday");
        model.addressProperty().set("not@valid");
        assertThat(model.canCreateProperty().get()).isFalse();
    }

    @Test
    void anInstantRoomTakesTheDefaultsWithItsNameAndOpens() {
        model.load();
        model.nameProperty().set("Book club");
        model.create();
        Jid room = Jid.of("book-club@conference.example.org");
        assertThat(calls).containsExactly("exists " + room, "enter " + room + " as alice", "instant " + room + " Book club");
        assertThat(opened).containsExactly(room);
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void aRoomSetUpFirstShowsItsOwnerFormAndOpensOnceSaved() {
        model.load();
        model.nameProperty().set("Plans");
        model.configureFirstProperty().set(true);
        model.create();
        Jid room = Jid.of("plans@conference.example.org");
        assertThat(opened).isEmpty();
        assertThat(configuring).hasSize(1);
        assertThat(configuring.get(0).room()).isEqualTo(room);
        assertThat(configuring.get(0).name()).isEqualTo("Plans");
        List<String> outcomes = new ArrayList<>();
        model.saveConfiguration(room, DataForm.of(FormType.SUBMIT, List.of()), outcomes::add);
        assertThat(outcomes).containsExactly((String) null);
        assertThat(opened).containsExactly(room);
        assertThat(calls).containsExactly("exists " + room, "enter " + room + " as alice", "form " + room,
                "configure " + room);
    }

    @Test
    void closingTheOwnerFormUnsavedTakesTheDefaultsRatherThanLeaveTheRoomLocked() {
        model.load();
        model.addressProperty().set("plans");
        model.configureFirstProperty().set(true);
        model.create();
        model.configurationCancelled(configuring.get(0));
        assertThat(calls).last().isEqualTo("instant plans@conference.example.org null");
        assertThat(opened).containsExactly(Jid.of("plans@conference.example.org"));
    }

    @Test
    void anExistingRoomIsNeitherJoinedNorTakenOver() {
        exists = true;
        model.load();
        model.addressProperty().set("lounge");
        model.create();
        assertThat(calls).containsExactly("exists lounge@conference.example.org");
        assertThat(model.problemProperty().get()).isEqualTo(
                "There is already a room at lounge@conference.example.org. Choose another address, or join that room.");
        assertThat(opened).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRoomSomeoneElseCreatedMeanwhileIsOpenedAsItIs() {
        isNew = false;
        model.load();
        model.addressProperty().set("lounge");
        model.configureFirstProperty().set(true);
        model.create();
        assertThat(calls).containsExactly("exists lounge@conference.example.org",
                "enter lounge@conference.example.org as alice");
        assertThat(opened).containsExactly(Jid.of("lounge@conference.example.org"));
    }
}
