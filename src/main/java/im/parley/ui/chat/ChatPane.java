package im.parley.ui.chat;

import im.parley.client.Account;
import im.parley.ui.app.AccountModel;
import im.parley.ui.shell.OpenConversation;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.NotConnectedException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * A conversation of an account in the main window: the chat view on its view-model. With a
 * contact, or in private with one occupant of a room (XEP-0045 §7.5).
 */
public final class ChatPane implements OpenConversation {
    private final ChatViewModel model;
    private final ChatView view;
    private final ObservableStringValue activity;
    private final Registration listening;

    /** The conversation with the contact {@code peer}. */
    public ChatPane(AccountModel account, Jid peer, Executor ui, Consumer<URI> linkOpener) {
        model = ChatViewModel.forAccount(account.account(), account.history(), account.sync(), peer, ui);
        account.contacts().contact(peer).ifPresent(c -> model.setPeerName(c.displayName()));
        view = new ChatView(model, linkOpener);
        activity = model.typingProperty();
        listening = () -> { };
    }

    private ChatPane(ChatViewModel model, OccupantStatus status, Registration listening, Consumer<URI> linkOpener) {
        this.model = model;
        this.view = new ChatView(model, linkOpener);
        this.activity = status.textProperty();
        this.listening = listening;
    }

    /**
     * The private conversation with {@code occupant} (room@service/nick): its own history, the
     * composer sending through the room, the header telling where the occupant is.
     */
    public static ChatPane inPrivate(AccountModel account, Jid occupant, Executor ui, Consumer<URI> linkOpener) {
        Account a = account.account();
        ChatViewModel model = new ChatViewModel(a.jid(), occupant, new PrivateChatArchive(account.history(), occupant),
                new PrivateChatActions(a.privateMessages()), a::subscribe, ui);
        model.setPeerName(occupant.resource());
        OccupantStatus status = new OccupantStatus(occupant, account.roomName(occupant), () -> whereabouts(a, occupant), ui);
        return new ChatPane(model, status, account.addListener(status), linkOpener);
    }

    private static OccupantStatus.Whereabouts whereabouts(Account account, Jid occupant) {
        Optional<Room> room;
        try {
            room = account.rooms().rooms().room(occupant.bare()).filter(Room::isJoined);
        } catch (NotConnectedException offline) {
            room = Optional.empty();
        }
        return new OccupantStatus.Whereabouts(room.isPresent(),
                room.flatMap(r -> r.occupant(occupant.resource())).orElse(null));
    }

    @Override
    public Node content() {
        return view.root();
    }

    /** "typing…" with a contact; with a room's occupant, whether they are still there. */
    @Override
    public ObservableStringValue activity() {
        return activity;
    }

    @Override
    public void focus() {
        view.focusComposer();
    }

    @Override
    public void find() {
        model.find().show();
    }

    /** Shows the stored message {@code key}, highlighted (a search hit). */
    public void jumpTo(long key) {
        model.paging().jumpTo(key);
    }

    @Override
    public void close() {
        listening.close();
        model.close();
    }
}
