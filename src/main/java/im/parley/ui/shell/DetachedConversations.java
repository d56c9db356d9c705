package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Conversations detached into windows of their own (Ctrl+D), each kept alive with its scroll
 * position and draft until it is docked back or its window is closed. Closing the main window
 * quits Parley, and these windows with it.
 */
final class DetachedConversations {
    private record Place(Jid account, Jid peer) {
    }

    private final Map<Place, Stage> windows = new LinkedHashMap<>();
    /** Puts a conversation back into the main window, the same one, not a new one. */
    private final BiConsumer<AccountModel, OpenConversationAt> dock;

    /** A conversation that leaves its window for the main one. */
    record OpenConversationAt(Jid peer, OpenConversation conversation) {
    }

    private final ShellViewModel shell;

    private final BiFunction<AccountModel, Jid, HeaderActions> headerActions;

    DetachedConversations(ShellViewModel shell, BiFunction<AccountModel, Jid, HeaderActions> headerActions,
                          BiConsumer<AccountModel, OpenConversationAt> dock) {
        this.shell = shell;
        this.headerActions = headerActions;
        this.dock = dock;
    }

    boolean has(AccountModel a, Jid peer) {
        return windows.containsKey(new Place(a.jid(), peer));
    }

    /** Brings the window of a detached conversation forward. */
    void show(AccountModel a, Jid peer) {
        Stage stage = windows.get(new Place(a.jid(), peer));
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** Moves {@code conversation}, alive, into a window of its own. */
    void detach(AccountModel a, Jid peer, OpenConversation conversation, double width, double height) {
        Place place = new Place(a.jid(), peer);
        Stage stage = new Stage();
        BorderPane pane = new BorderPane(conversation.content());
        HeaderActions actions = headerActions.apply(a, peer);
        pane.setTop(ConversationHeader.of(a, peer, conversation, actions, true,
                () -> dockBack(a, place, pane, conversation)));
        Scene scene = new Scene(pane, width, height);
        Themes.style(scene);
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> dockBack(a, place, pane, conversation));
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), conversation::find);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                a.conversationName(peer) + " — Parley",
                a.contacts().rows()));
        // Closed by its own button or Ctrl+W: the conversation ends; docked: it lives on in the main window.
        stage.setOnHidden(e -> {
            actions.release().run();
            if (windows.remove(place) != null) {
                conversation.close();
            }
        });
        ShellViewModel.DetachedInFocus focus = new ShellViewModel.DetachedInFocus(a.jid(), peer);
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                shell.detachedInFocusProperty().set(focus);
            } else if (focus.equals(shell.detachedInFocusProperty().get())) {
                shell.detachedInFocusProperty().set(null);
            }
        });
        windows.put(place, stage);
        stage.show();
        conversation.focus();
    }

    private void dockBack(AccountModel a, Place place, BorderPane pane, OpenConversation conversation) {
        Stage stage = windows.remove(place);
        if (stage == null) {
            return;
        }
        // The content may belong to one scene graph at a time.
        pane.setCenter(null);
        stage.close();
        dock.accept(a, new OpenConversationAt(place.peer(), conversation));
    }

    /** The conversations of an account that went away close with their windows. */
    void closeAccount(Jid account) {
        for (Place p : new ArrayList<>(windows.keySet())) {
            if (p.account().equals(account)) {
                windows.get(p).close();
            }
        }
    }
}
