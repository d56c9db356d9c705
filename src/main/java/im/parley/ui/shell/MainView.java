package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.ui.app.OwnPresence;
import im.parley.ui.contacts.ContactsView;
import im.parley.ui.conversations.ConversationsView;
import im.parley.ui.theme.Avatar;
import im.parley.xmpp.jid.Jid;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The main window: the sidebar (the user's presence, search, connection state, requests, and
 * the conversation or contact list) on the left, the open conversation on the right.
 */
public final class MainView {
    /** What the main window asks the app for. */
    public interface Commands {
        void newChat();

        void joinRoom();

        void addContact();

        void addAccount();

        void settings();

        void searchHistory();

        void help();

        /** The user's own profile: avatar, nickname, mood and the rest. */
        void editProfile();

        ContactsView.Actions contactActions();

        /** Buttons for the header of the conversation with {@code peer}, before find. */
        default HeaderActions conversationActions(AccountModel account, Jid peer) {
            return HeaderActions.NONE;
        }
    }

    private final ShellViewModel model;
    private final BiFunction<AccountModel, Jid, OpenConversation> opener;
    private final BorderPane root = new BorderPane();
    private final StackPane listArea = new StackPane();
    private final StackPane conversationArea = new StackPane();
    private final TextField search = new TextField();
    private final Commands commands;
    private final Avatar ownAvatar = new Avatar(36);
    private final Label ownName = new Label();
    private final ComboBox<OwnPresence> presence = new ComboBox<>();
    private ConversationsView conversations;
    private OpenConversation open;
    /** The account whose presence the header shows, and the listener that keeps it shown. */
    private AccountModel watchedPresence;
    private final javafx.beans.InvalidationListener presenceChanged = o -> showPresence();
    /** A room was renamed: the conversation list shows names, so it redraws. */
    private final javafx.beans.InvalidationListener roomNamesChanged = o -> {
        if (conversations != null) {
            conversations.namesChanged();
        }
    };
    private final DetachedConversations detached;
    /** The conversation being docked back, taken by the next showConversation of its peer. */
    private DetachedConversations.OpenConversationAt docking;
    private HeaderActions headerActions = HeaderActions.NONE;

    public MainView(ShellViewModel model, Commands commands, BiFunction<AccountModel, Jid, OpenConversation> opener) {
        this.model = model;
        this.commands = commands;
        this.opener = opener;
        this.detached = new DetachedConversations(model, commands::conversationActions, this::dock);
        VBox sidebar = new VBox(header(), searchBox(), new ConnectionBar(model.activeProperty()),
                new InboxView(model.activeProperty(), model::open, this::couldNotJoin, javafx.application.Platform::runLater),
                switcher(), listArea);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(320);
        sidebar.setMinWidth(260);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        root.setLeft(sidebar);
        root.setCenter(conversationArea);
        conversationArea.getStyleClass().add("conversation-area");
        root.getStyleClass().add("main-window");

        model.activeProperty().addListener((o, was, a) -> showAccount(a));
        model.sidebarProperty().addListener((o, was, now) -> showList());
        model.openConversationProperty().addListener((o, was, peer) -> showConversation(peer));
        model.accounts().addListener((javafx.collections.ListChangeListener<AccountModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(gone -> detached.closeAccount(gone.jid()));
            }
        });
        showAccount(model.activeProperty().get());
        showConversation(model.openConversationProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The open conversation, if any (for its shortcuts). */
    public OpenConversation openConversation() {
        return open;
    }

    private Node header() {
        ownName.getStyleClass().add("own-name");
        ownName.setMinWidth(0);
        presence.setId("ownPresence");
        presence.setAccessibleText("Your presence");
        presence.getStyleClass().add("flat");
        // Wide enough for "Do not disturb", narrow enough to leave the three buttons their room.
        presence.setPrefWidth(128);
        presence.setMinWidth(110);
        presence.setOnAction(e -> {
            AccountModel a = model.activeProperty().get();
            if (a != null && presence.getValue() != null && presence.getValue() != a.ownPresenceProperty().get()) {
                a.setPresence(presence.getValue(), null);
            }
        });
        ownAvatar.setId("ownAvatar");
        ownAvatar.setCursor(javafx.scene.Cursor.HAND);
        ownName.setCursor(javafx.scene.Cursor.HAND);
        Tooltip.install(ownAvatar, new Tooltip("Edit your profile"));
        ownAvatar.setOnMouseClicked(e -> commands.editProfile());
        ownName.setOnMouseClicked(e -> commands.editProfile());
        VBox who = new VBox(0, ownName, presence);
        who.setMinWidth(0);
        MenuButton add = new MenuButton();
        add.setId("addMenu");
        add.setGraphic(new FontIcon(Material2OutlinedAL.ADD_COMMENT));
        add.setTooltip(new Tooltip("New chat, add a contact or an account, your profile"));
        add.setAccessibleText("New");
        add.getStyleClass().addAll("flat", "no-arrow");
        add.getItems().addAll(item("New chat…", "newChat", commands::newChat),
                item("Join a room…", "joinRoomMenu", commands::joinRoom),
                item("Add contact…", "addContact", commands::addContact),
                item("Add account…", "addAccount", commands::addAccount),
                item("Your profile…", "editProfileMenu", commands::editProfile));
        Button settings = iconButton(new FontIcon(Material2OutlinedMZ.SETTINGS), "Settings (Ctrl+,)", "settings");
        settings.setOnAction(e -> commands.settings());
        Button history = iconButton(new FontIcon(Material2OutlinedMZ.SEARCH), "Search all history (Ctrl+Shift+F)",
                "searchHistory");
        history.setOnAction(e -> commands.searchHistory());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Region r : new Region[] {history, add, settings}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox h = new HBox(6, ownAvatar, who, grow, history, add, settings);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("sidebar-header");
        h.setPadding(new Insets(10, 10, 6, 12));
        return h;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button iconButton(FontIcon icon, String tip, String id) {
        return ConversationHeader.iconButton(icon, tip, id);
    }

    private Node searchBox() {
        search.setId("sidebarSearch");
        search.setPromptText("Search contacts");
        search.setAccessibleText("Search contacts");
        search.getStyleClass().add("sidebar-search");
        search.textProperty().addListener((o, was, now) -> {
            AccountModel a = model.activeProperty().get();
            if (a != null) {
                a.contacts().filterProperty().set(now);
                if (!now.isEmpty()) {
                    model.sidebarProperty().set(ShellViewModel.SidebarList.CONTACTS);
                }
            }
        });
        HBox box = new HBox(search);
        HBox.setHgrow(search, Priority.ALWAYS);
        box.setPadding(new Insets(4, 10, 8, 10));
        return box;
    }

    private Node switcher() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton chats = new ToggleButton("Conversations");
        chats.setId("showConversations");
        ToggleButton people = new ToggleButton("Contacts");
        people.setId("showContacts");
        chats.setToggleGroup(group);
        people.setToggleGroup(group);
        chats.getStyleClass().add("left-pill");
        people.getStyleClass().add("right-pill");
        chats.setMaxWidth(Double.MAX_VALUE);
        people.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chats, Priority.ALWAYS);
        HBox.setHgrow(people, Priority.ALWAYS);
        chats.setOnAction(e -> model.sidebarProperty().set(ShellViewModel.SidebarList.CONVERSATIONS));
        people.setOnAction(e -> model.sidebarProperty().set(ShellViewModel.SidebarList.CONTACTS));
        model.sidebarProperty().addListener((o, was, now) -> {
            chats.setSelected(now == ShellViewModel.SidebarList.CONVERSATIONS);
            people.setSelected(now == ShellViewModel.SidebarList.CONTACTS);
        });
        chats.setSelected(true);
        HBox box = new HBox(chats, people);
        box.setPadding(new Insets(0, 10, 8, 10));
        return box;
    }

    private void showAccount(AccountModel a) {
        if (watchedPresence != null) {
            watchedPresence.ownPresenceProperty().removeListener(presenceChanged);
            watchedPresence.invisibleOfferedProperty().removeListener(presenceChanged);
            watchedPresence.roomNamesRevision().removeListener(roomNamesChanged);
        }
        watchedPresence = a;
        if (a == null) {
            listArea.getChildren().clear();
            return;
        }
        a.ownPresenceProperty().addListener(presenceChanged);
        a.invisibleOfferedProperty().addListener(presenceChanged);
        a.roomNamesRevision().addListener(roomNamesChanged);
        ownAvatar.show(a.jid().toString(), a.jid().local());
        ownAvatar.picture(a.profiles().picture(a.jid()));
        ownName.setText(a.jid().local());
        ownName.setTooltip(new Tooltip(a.jid().toString()));
        showPresence();
        conversations = new ConversationsView(a.conversations(), peer -> a.conversationName(Jid.of(peer)),
                peer -> a.profiles().picture(Jid.of(peer)), c -> model.openStored(Jid.of(c.peer())));
        showList();
    }

    /** The presence choices the active account's server allows, and the one in force. */
    private void showPresence() {
        AccountModel a = watchedPresence;
        OwnPresence now = a.ownPresenceProperty().get();
        List<OwnPresence> choices = Arrays.stream(OwnPresence.values())
                .filter(p -> p != OwnPresence.INVISIBLE || a.invisibleOfferedProperty().get() || now == p).toList();
        if (!presence.getItems().equals(choices)) {
            presence.getItems().setAll(choices);
        }
        presence.setValue(now);
        ownAvatar.presence(now.styleClass());
    }

    private void showList() {
        AccountModel a = model.activeProperty().get();
        if (a == null) {
            return;
        }
        if (model.sidebarProperty().get() == ShellViewModel.SidebarList.CONTACTS) {
            listArea.getChildren().setAll(new ContactsView(a.contacts(), commands.contactActions(),
                    jid -> a.profiles().picture(jid)).root());
        } else {
            listArea.getChildren().setAll(conversations.root());
        }
    }

    private void showConversation(Jid peer) {
        if (open != null) {
            // Off the screen first, so that it tells the peer we left (XEP-0085 inactive) before it closes.
            conversationArea.getChildren().clear();
            open.close();
            open = null;
            headerActions.release().run();
            headerActions = HeaderActions.NONE;
        }
        AccountModel a = model.activeProperty().get();
        if (peer == null || a == null) {
            conversationArea.getChildren().setAll(emptyState());
            if (conversations != null) {
                conversations.select(null);
            }
            return;
        }
        if (conversations != null) {
            conversations.select(peer.toString());
        }
        a.conversations().markSeen(peer.toString());
        if (detached.has(a, peer)) {
            conversationArea.getChildren().setAll(inItsOwnWindow(a, peer));
            detached.show(a, peer);
            return;
        }
        DetachedConversations.OpenConversationAt back = docking;
        docking = null;
        open = back != null && back.peer().equals(peer) ? back.conversation() : opener.apply(a, peer);
        BorderPane pane = new BorderPane(open.content());
        headerActions = commands.conversationActions(a, peer);
        pane.setTop(ConversationHeader.of(a, peer, open, headerActions, false, this::detachOpen));
        conversationArea.getChildren().setAll(pane);
        open.focus();
    }

    /**
     * Ctrl+D: the open conversation moves, alive (scroll position, draft, find bar), into a window
     * of its own, and the main window's pane is free again.
     */
    public void detachOpen() {
        AccountModel a = model.activeProperty().get();
        Jid peer = model.openConversationProperty().get();
        if (open == null || a == null || peer == null) {
            return;
        }
        OpenConversation leaving = open;
        open = null;
        // The detached window's header makes its own buttons.
        headerActions.release().run();
        headerActions = HeaderActions.NONE;
        double width = Math.max(480, conversationArea.getWidth());
        double height = Math.max(420, conversationArea.getHeight());
        // Out of this scene graph before it joins the new window's.
        conversationArea.getChildren().clear();
        model.close();
        detached.detach(a, peer, leaving, width, height);
    }

    /** A detached conversation comes back: shown in the pane as it was in its window. */
    private void dock(AccountModel a, DetachedConversations.OpenConversationAt back) {
        docking = back;
        if (model.activeProperty().get() != a) {
            model.activeProperty().set(a);
        }
        if (back.peer().equals(model.openConversationProperty().get())) {
            showConversation(back.peer());
        } else {
            model.open(back.peer());
        }
        Stage main = (Stage) root.getScene().getWindow();
        main.toFront();
    }

    private Node inItsOwnWindow(AccountModel a, Jid peer) {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW);
        icon.getStyleClass().add("empty-state-icon");
        Label text = new Label("This conversation is open in its own window.");
        text.getStyleClass().add("empty-state");
        Button show = new Button("Show its window");
        show.setId("showDetached");
        show.setDefaultButton(true);
        show.setOnAction(e -> detached.show(a, peer));
        HBox buttons = new HBox(8, show);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, icon, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("conversationDetached");
        return box;
    }

    /** Joining a room from an invitation failed: the reason, in a sentence. */
    private void couldNotJoin(Throwable failure) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                im.parley.ui.app.Problems.sentence(failure));
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText("Parley could not join the room");
        alert.show();
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.FORUM);
        icon.getStyleClass().add("empty-state-icon");
        Label text = new Label("Choose a conversation, or pick a contact to start one.");
        text.getStyleClass().add("empty-state");
        Label keys = new Label("Ctrl+N new chat · Ctrl+J join a room · Ctrl+K jump anywhere · F1 all shortcuts");
        keys.getStyleClass().add("text-muted");
        VBox box = new VBox(12, icon, text, keys);
        box.setAlignment(Pos.CENTER);
        box.setId("noConversation");
        return box;
    }
}
