package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.client.profile.ProfileItem;
import im.parley.ui.profile.ProfileText;
import im.parley.ui.theme.Avatar;
import im.parley.xmpp.jid.Jid;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Above an open conversation, docked or in its own window: avatar, name, presence or "typing…",
 * then its actions. The last action moves the conversation between the main window and a window
 * of its own.
 */
final class ConversationHeader {
    private ConversationHeader() {
    }

    /**
     * @param actions buttons the app adds (the calls), before find
     * @param windowAction what the window button does: detach when docked, dock back when detached
     * @param detached whether the conversation is in a window of its own
     */
    static Node of(AccountModel a, Jid peer, OpenConversation conversation, HeaderActions actions, boolean detached,
                   Runnable windowAction) {
        String name = a.conversationName(peer);
        Avatar avatar = new Avatar(36);
        // A private conversation in a room is with the occupant: their nick's initials.
        avatar.show(peer.toString(), peer.resource() != null ? peer.resource() : name);
        boolean room = peer.resource() != null || a.isRoom(peer);
        if (!room) {
            avatar.picture(a.profiles().picture(peer));
        }
        var profile = a.profiles().profile(peer);
        Label title = new Label(name);
        if (room) {
            // A room's name, and so a private conversation's in it, follows the room's renames.
            title.textProperty().bind(Bindings.createStringBinding(() -> a.conversationName(peer), a.roomNamesRevision()));
            if (peer.resource() == null) {
                title.textProperty().addListener((o, was, now) -> avatar.show(peer.toString(), now));
            }
        }
        title.setId("conversationTitle");
        title.getStyleClass().add("conversation-title");
        Label subtitle = new Label();
        subtitle.setId("conversationStatus");
        subtitle.getStyleClass().add("secondary-line");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            String activity = conversation.activity().get();
            if (activity != null && !activity.isEmpty()) {
                return activity;
            }
            String presence = a.contacts().contact(peer).map(c -> c.statusLine()).orElse(peer.toString());
            // The mood says most about a person in a few words; the rest is in the details.
            return room ? presence : profile.get().item(ProfileItem.Mood.class).flatMap(m -> ProfileText.mood(m.value()))
                    .map(mood -> presence + " · " + mood).orElse(presence);
        }, conversation.activity(), a.contacts().rows(), profile));
        Button find = iconButton(new FontIcon(Material2OutlinedMZ.SEARCH), "Find in conversation (Ctrl+F)",
                "findInConversation");
        find.setOnAction(e -> conversation.find());
        find.setVisible(conversation.findable());
        find.setManaged(conversation.findable());
        Button window = detached
                ? iconButton(new FontIcon(Material2OutlinedMZ.VERTICAL_SPLIT), "Dock in the main window (Ctrl+D)",
                        "dockConversation")
                : iconButton(new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW), "Open in its own window (Ctrl+D)",
                        "detachConversation");
        window.setOnAction(e -> windowAction.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, avatar, new VBox(0, title, subtitle), grow);
        header.getChildren().addAll(actions.buttons());
        header.getChildren().addAll(conversation.headerButtons());
        header.getChildren().addAll(find, window);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("conversation-header");
        header.setPadding(new Insets(8, 14, 8, 14));
        return header;
    }

    static Button iconButton(FontIcon icon, String tip, String id) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
