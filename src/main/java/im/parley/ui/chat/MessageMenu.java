package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatRow.MessageRow;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The right-click menu of a message: reply, react, edit the last one, copy, send again, remove (where messages may be changed). */
final class MessageMenu {
    private final ChatViewModel model;
    private final EmojiPicker picker;
    private final Runnable focusComposer;
    private ContextMenu open;

    MessageMenu(ChatViewModel model, EmojiPicker picker, Runnable focusComposer) {
        this.model = model;
        this.picker = picker;
        this.focusComposer = focusComposer;
    }

    void show(Node owner, MessageRow row, double screenX, double screenY) {
        if (open != null) {
            open.hide();
        }
        HistoryMessage m = row.message();
        ContextMenu menu = new ContextMenu();
        boolean changes = model.actions().changesMessages();
        if (!m.retracted() && changes) {
            menu.getItems().add(item("Reply", new FontIcon(Material2MZ.REPLY), () -> {
                model.composer().replyTo(m);
                focusComposer.run();
            }));
            menu.getItems().add(item("React…", new FontIcon(Material2MZ.MOOD),
                    () -> picker.show(owner, screenX, screenY, emoji -> model.messageActions().toggleReaction(m, emoji))));
        }
        HistoryMessage lastOwn = model.lastOwnMessage();
        if (changes && lastOwn != null && lastOwn.key() == m.key()) {
            // XEP-0308 corrects the last message only; Up in an empty composer does the same.
            menu.getItems().add(item("Edit", new FontIcon(Material2AL.EDIT), () -> {
                if (model.composer().editLast()) {
                    focusComposer.run();
                }
            }));
        }
        if (!m.retracted()) {
            menu.getItems().add(item("Copy text", new FontIcon(Material2AL.CONTENT_COPY), () -> copy(row)));
        }
        if (!m.outgoing() && changes) {
            // XEP-0224: a nudge to the contact, offered where the conversation's last words wait for an answer.
            menu.getItems().add(item("Ask for attention", new FontIcon(Material2MZ.NOTIFICATIONS_ACTIVE),
                    model.messageActions()::attention));
        }
        if (m.outgoing() && m.delivery() == DeliveryState.FAILED) {
            menu.getItems().add(item("Send again", new FontIcon(Material2MZ.REFRESH), () -> model.messageActions().retry(m)));
        }
        if (m.outgoing() && !m.retracted() && changes) {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem remove = item("Remove for everyone…", new FontIcon(Material2AL.DELETE_OUTLINE),
                    () -> confirmRemove(owner, m));
            remove.getStyleClass().add("danger");
            menu.getItems().add(remove);
        }
        if (menu.getItems().isEmpty()) {
            return;
        }
        open = menu;
        menu.show(owner, screenX, screenY);
    }

    static void copy(MessageRow row) {
        ClipboardContent content = new ClipboardContent();
        content.putString(MessageCell.plainText(row));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void confirmRemove(Node owner, HistoryMessage m) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "It disappears for you and, if their app supports it, for " + model.titleProperty().get() + ".",
                remove, ButtonType.CANCEL);
        alert.setHeaderText("Remove this message for everyone?");
        alert.setTitle("Remove message");
        alert.initOwner(owner.getScene().getWindow());
        // Cancel is the safe default: Enter must not remove by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.showAndWait().filter(remove::equals).ifPresent(b -> model.messageActions().retract(m));
    }

    private static MenuItem item(String text, Node icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon);
        item.setOnAction(e -> action.run());
        return item;
    }
}
