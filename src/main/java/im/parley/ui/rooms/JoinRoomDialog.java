package im.parley.ui.rooms;

import im.parley.client.RoomService;
import im.parley.ui.app.AccountModel;
import im.parley.ui.forms.FormViewModel;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomInfo;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.ui.app.Problems;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The join dialog of an account (Ctrl+J), and its "create a room" path, in one window: the form
 * swaps in place; a new room to be set up first gets its owner form in a window above. Whatever
 * room the user ends up in is handed to {@code open}.
 */
public final class JoinRoomDialog {

    private final AccountModel account;
    private final RoomService rooms;
    private final Executor ui;
    private final Consumer<Jid> open;
    private final Stage stage = new Stage();
    /** The create form, once the user chose to create a room. */
    private CreateRoomViewModel creating;

    private JoinRoomDialog(Window owner, AccountModel account, Executor ui, Consumer<Jid> open) {
        this.account = account;
        this.rooms = account.account().rooms();
        this.ui = ui;
        this.open = open;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    /** Shows the join dialog of {@code account} above {@code owner}. */
    public static void show(Window owner, AccountModel account, Executor ui, Consumer<Jid> open) {
        new JoinRoomDialog(owner, account, ui, open).join();
    }

    private void join() {
        JoinRoomViewModel model = new JoinRoomViewModel(rooms::join, account.jid().local(), ui, this::opened);
        RoomBrowserModel browser = new RoomBrowserModel(new RoomBrowserModel.Directory() {
            @Override
            public CompletableFuture<List<Jid>> services() {
                return rooms.services();
            }

            @Override
            public CompletableFuture<List<DiscoItems.Item>> rooms(Jid service, int cap) {
                return rooms.listRooms(service, cap);
            }
        }, ui);
        JoinRoomView view = new JoinRoomView(model, browser);
        view.onCancel(stage::close);
        view.onCreate(this::create);
        browser.load();
        showContent("Join a room", view.root());
        view.focus();
    }

    private void create() {
        creating = new CreateRoomViewModel(new Creation(), account.jid().local(), ui, this::created, this::configure);
        creating.load();
        CreateRoomView view = new CreateRoomView(creating);
        view.onCancel(stage::close);
        showContent("Create a room", view.root());
        view.focus();
    }

    /** The owner form of a new room, with the name given in the create form filled in. */
    private void configure(CreateRoomViewModel.Configuring pending) {
        FormViewModel form = new FormViewModel(pending.form());
        if (pending.name() != null) {
            form.field(RoomAdministration.ROOM_NAME).ifPresent(f -> f.textProperty().set(pending.name()));
        }
        form.field(RoomAdministration.PERSISTENT).ifPresent(f -> f.checkedProperty().set(true));
        RoomConfigDialog.show(stage, "Set up " + pending.room().local(), form,
                (submitted, outcome) -> creating.saveConfiguration(pending.room(), submitted, outcome),
                () -> { }, () -> creating.configurationCancelled(pending));
    }

    private void opened(Jid room) {
        stage.close();
        open.accept(room);
    }

    /**
     * A room the user just made and set up: what it calls itself now is asked first, as the join
     * (before it existed) learnt no name, so that the room opens under its name.
     */
    private void created(Jid room) {
        CompletableFuture<RoomInfo> info;
        try {
            info = rooms.rooms().info(room);
        } catch (NotConnectedException e) {
            info = CompletableFuture.failedFuture(e);
        }
        info.whenComplete((known, failure) -> {
            if (known != null && known.name() != null) {
                account.learnedRoomName(room, known.name());
            }
            ui.execute(() -> opened(room));
        });
    }

    private void showContent(String title, Parent content) {
        stage.setTitle(title);
        Scene scene = new Scene(content);
        Themes.style(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    /** Creating a room over the account's session online now. */
    private final class Creation implements CreateRoomViewModel.Creator {
        @Override
        public CompletableFuture<List<Jid>> services() {
            return rooms.services();
        }

        @Override
        public CompletableFuture<Boolean> exists(Jid room) {
            try {
                return rooms.rooms().info(room).handle((info, failure) -> {
                    if (failure == null) {
                        return true;
                    }
                    if (Problems.root(failure) instanceof StanzaErrorException e
                            && e.condition() == StanzaErrorCondition.ITEM_NOT_FOUND) {
                        return false;
                    }
                    throw new java.util.concurrent.CompletionException(Problems.root(failure));
                });
            } catch (NotConnectedException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public CompletableFuture<Boolean> enter(Jid room, String nick) {
            return rooms.join(room, nick, null).thenApply(r -> r.created());
        }

        @Override
        public CompletableFuture<Void> instant(Jid room, String name) {
            return admin().thenCompose(a -> a.createLasting(room, name));
        }

        @Override
        public CompletableFuture<DataForm> configurationForm(Jid room) {
            return admin().thenCompose(a -> a.configurationForm(room));
        }

        @Override
        public CompletableFuture<Void> configure(Jid room, DataForm submitted) {
            return admin().thenCompose(a -> a.configure(room, submitted));
        }

        private CompletableFuture<RoomAdministration> admin() {
            try {
                return CompletableFuture.completedFuture(rooms.administration());
            } catch (NotConnectedException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
