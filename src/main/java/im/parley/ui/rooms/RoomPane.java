package im.parley.ui.rooms;

import im.parley.client.AccountEvent;
import im.parley.client.RoomService;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.app.AccountModel;
import im.parley.ui.shell.OpenConversation;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.NotConnectedException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** A group room of an account in the main window (or a window of its own). */
public final class RoomPane implements OpenConversation {
    private final RoomViewModel model;
    private final RoomView view;
    private final RoomMenu menu;
    private final Registration listening;

    /**
     * @param openPrivate opens the private conversation with an occupant, by their occupant JID
     * @param links opens a link the user clicked in a message (http, https or xmpp only)
     */
    public RoomPane(AccountModel account, Jid room, Executor io, Executor ui, Consumer<Jid> openPrivate,
                    Consumer<URI> links) {
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
                Optional<Bookmark> bookmark = rooms.bookmark(room);
                // A room that ended is made again here: set up to last, with its bookmark's name,
                // as the join dialog makes rooms, not left locked and temporary.
                return rooms.join(room, nick, bookmark.map(b -> b.conference().password()).orElse(null))
                        .thenCompose(r -> r.created() ? madeAgain(rooms, room, bookmark) : CompletableFuture.completedFuture(null));
            }

            @Override
            public boolean gone() {
                return rooms.isGone(room);
            }
        }, io, ui);
        RoomAdminModel admin = new RoomAdminModel(administration(rooms, room), model.selfProperty(), io, ui,
                model::report);
        VoiceModel voice = new VoiceModel(voice(rooms, room), model.selfProperty(), io, ui, model::report);
        view = new RoomView(model, admin, voice, jid -> account.contacts().contact(jid).isPresent()
                ? account.profiles().picture(jid) : null, occupant -> openPrivate.accept(occupant.jid()), links);
        menu = new RoomMenu(admin, room.local() == null ? room.toString() : room.local(), model.subjectProperty(),
                () -> account.contacts().all());
        listening = account.addListener(event -> {
            if (event instanceof AccountEvent.RoomChanged changed) {
                ui.execute(() -> {
                    model.onEvent(changed.event());
                    if (changed.event().room().equals(room.bare())) {
                        voice.onEvent(changed.event());
                    }
                });
            } else if (event instanceof AccountEvent.MessageSent sent && sent.message().toRoom()) {
                ui.execute(() -> model.own(sent.message()));
            } else if (event instanceof AccountEvent.DeliveryChanged changed && changed.message().toRoom()) {
                ui.execute(() -> model.own(changed.message()));
            }
        });
        model.open();
    }

    /** Voice in the room over the account's session online now. */
    private static VoiceModel.Voice voice(RoomService rooms, Jid room) {
        return new VoiceModel.Voice() {
            @Override
            public void request() throws Exception {
                rooms.rooms().requestVoice(room);
            }

            @Override
            public void approve(RoomEvent.VoiceRequested request) throws Exception {
                rooms.rooms().approveVoiceRequest(request);
            }

            @Override
            public CompletableFuture<Void> grant(String nick) {
                try {
                    return rooms.administration().setRole(room, nick, Role.PARTICIPANT, null);
                } catch (NotConnectedException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    /** The room's management over the account's session online now; offline, each request fails saying so. */
    private static CompletableFuture<Void> madeAgain(RoomService rooms, Jid room, Optional<Bookmark> bookmark) {
        try {
            return rooms.administration().createLasting(room, bookmark.map(b -> b.conference().name()).orElse(null));
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static RoomAdminModel.Administration administration(RoomService rooms, Jid room) {
        return new RoomAdminModel.Administration() {
            @Override
            public CompletableFuture<Void> setRole(String nick, Role role, String reason) {
                return admin().thenCompose(a -> a.setRole(room, nick, role, reason));
            }

            @Override
            public CompletableFuture<Void> setAffiliation(Jid user, Affiliation affiliation, String reason) {
                return admin().thenCompose(a -> a.setAffiliation(room, user, affiliation, reason));
            }

            @Override
            public CompletableFuture<List<MucItem>> list(Affiliation affiliation) {
                return admin().thenCompose(a -> a.list(room, affiliation));
            }

            @Override
            public CompletableFuture<Void> change(List<MucItem> changes) {
                return admin().thenCompose(a -> a.changeAffiliationsInTurn(room, changes));
            }

            @Override
            public CompletableFuture<Void> changeNick(String nick) {
                try {
                    return rooms.rooms().changeNick(room, nick);
                } catch (NotConnectedException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public void setSubject(String subject) throws Exception {
                rooms.rooms().setSubject(room, subject);
            }

            @Override
            public void invite(Jid contact, String reason) throws Exception {
                rooms.rooms().invite(room, contact, reason);
            }

            @Override
            public CompletableFuture<DataForm> configurationForm() {
                return admin().thenCompose(a -> a.configurationForm(room));
            }

            @Override
            public CompletableFuture<Void> configure(DataForm submitted) {
                return admin().thenCompose(a -> a.configure(room, submitted));
            }

            @Override
            public CompletableFuture<Void> destroy(String reason) {
                return admin().thenCompose(a -> a.destroy(room, reason, null));
            }

            @Override
            public CompletableFuture<Void> moderate(String stanzaId, String reason) {
                return rooms.moderate(room, stanzaId, reason);
            }

            @Override
            public CompletableFuture<Void> leave() {
                return rooms.leave(room);
            }

            @Override
            public boolean bookmarked() {
                return rooms.bookmark(room).isPresent();
            }

            @Override
            public boolean autojoin() {
                return rooms.bookmark(room).map(Bookmark::autojoin).orElse(false);
            }

            @Override
            public CompletableFuture<Void> bookmark(boolean keep, boolean autojoin) {
                return rooms.bookmark(room, keep, autojoin);
            }

            private CompletableFuture<im.parley.xmpp.ext.muc.RoomAdministration> admin() {
                try {
                    return CompletableFuture.completedFuture(rooms.administration());
                } catch (NotConnectedException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    @Override
    public List<Node> headerButtons() {
        return List.of(menu.button());
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
