package im.parley.ui.rooms;

import im.parley.client.AccountEvent;
import im.parley.client.RoomService;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.app.AccountModel;
import im.parley.ui.shell.OpenConversation;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.NotConnectedException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** A group room of an account in the main window (or a window of its own). */
public final class RoomPane implements OpenConversation {
    private final RoomViewModel model;
    private final RoomView view;
    private final Registration listening;

    public RoomPane(AccountModel account, Jid room, Executor io, Executor ui) {
        RoomService rooms = account.account().rooms();
        model = new RoomViewModel(room, new RoomViewModel.RoomAccess() {
            @Override
            public Optional<Room> room() {
                try {
                    return rooms.rooms().room(room);
                } catch (NotConnectedException offline) {
                    return Optional.empty();
                }
            }

            @Override
            public List<HistoryMessage> storedPage(int limit) {
                return account.history().roomPage(room, null, limit);
            }

            @Override
            public void send(String body) throws Exception {
                rooms.send(room, body);
            }

            @Override
            public void markRead() {
                rooms.markRead(room);
            }

            @Override
            public Optional<String> knownNick() {
                return rooms.knownNick(room);
            }

            @Override
            public String defaultNick() {
                return account.account().jid().local();
            }

            @Override
            public CompletableFuture<?> join(String nick) {
                return rooms.join(room, nick, rooms.bookmark(room).map(b -> b.conference().password()).orElse(null));
            }
        }, io, ui);
        view = new RoomView(model);
        listening = account.addListener(event -> {
            if (event instanceof AccountEvent.RoomChanged changed) {
                ui.execute(() -> model.onEvent(changed.event()));
            }
        });
        model.open();
    }

    @Override
    public Node content() {
        return view.root();
    }

    /** The header's second line: the room's subject. */
    @Override
    public ObservableStringValue activity() {
        return model.subjectProperty();
    }

    @Override
    public void focus() {
        view.focusComposer();
    }

    /** Rooms have no find bar yet (Ctrl+Shift+F searches them with everything else): Ctrl+F does nothing here. */
    @Override
    public void find() {
        // Nothing: findable() is false, so nothing offers it.
    }

    @Override
    public boolean findable() {
        return false;
    }

    @Override
    public void close() {
        listening.close();
    }
}
