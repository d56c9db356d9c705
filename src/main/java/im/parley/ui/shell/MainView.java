package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.ui.app.OwnPresence;
import im.parley.ui.contacts.ContactsView;
import im.parley.ui.conversations.ConversationsView;
import im.parley.ui.theme.Avatar;
import im.parley.xmpp.jid.Jid;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
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

        void addContact();

        void addAccount();

        void settings();

        void searchHistory();

        void help();

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
    private HeaderActions headerActions = HeaderActions.NONE;

    public MainView(ShellViewModel model, Commands commands, BiFunction<AccountModel, Jid, OpenConversation> opener) {
        this.model = model;
        this.commands = commands;
        this.opener = opener;
        VBox sidebar = new VBox(header(), searchBox(), new ConnectionBar(model.activeProperty()),
                new InboxView(model.activeProperty()), switcher(), listArea);
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
        showAccount(model.activeProperty().get());
        showConversation(model.openConversationProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The sidebar's search field (Ctrl+K puts the focus there). */
    public TextField search() {
        return search;
    }

    /** The open conversation, if any (for its shortcuts). */
    public OpenConversation openConversation() {
        return open;
    }

    private Node header() {
        ownName.getStyleClass().add("own-name");
        ownName.setMinWidth(0);
        presence.getItems().setAll(OwnPresence.values());
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
                ownAvatar.presence(presence.getValue().styleClass());
            }
        });
        VBox who = new VBox(0, ownName, presence);
        who.setMinWidth(0);
        MenuButton add = new MenuButton();
        add.setId("addMenu");
        add.setGraphic(new FontIcon(Material2OutlinedAL.ADD_COMMENT));
        add.setTooltip(new Tooltip("New chat, add a contact or an account"));
        add.setAccessibleText("New");
        add.getStyleClass().addAll("flat", "no-arrow");
        add.getItems().addAll(item("New chat…", "newChat", commands::newChat),
                item("Add contact…", "addContact", commands::addContact),
                item("Add account…", "addAccount", commands::addAccount));
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
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().addAll("flat", "button-icon");
        return b;
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
        if (a == null) {
            listArea.getChildren().clear();
            return;
        }
        ownAvatar.show(a.jid().toString(), a.jid().local());
        ownAvatar.presence(a.ownPresenceProperty().get().styleClass());
        ownName.setText(a.jid().local());
        ownName.setTooltip(new Tooltip(a.jid().toString()));
        presence.setValue(a.ownPresenceProperty().get());
        conversations = new ConversationsView(a.conversations(),
                peer -> a.contacts().contact(Jid.of(peer)).map(c -> c.displayName()).orElse(peer),
                c -> model.open(Jid.of(c.peer())));
        showList();
    }

    private void showList() {
        AccountModel a = model.activeProperty().get();
        if (a == null) {
            return;
        }
        if (model.sidebarProperty().get() == ShellViewModel.SidebarList.CONTACTS) {
            listArea.getChildren().setAll(new ContactsView(a.contacts(), commands.contactActions()).root());
        } else {
            listArea.getChildren().setAll(conversations.root());
        }
    }

    private void showConversation(Jid peer) {
        if (open != null) {
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
        open = opener.apply(a, peer);
        BorderPane pane = new BorderPane(open.content());
        pane.setTop(conversationHeader(a, peer, open));
        conversationArea.getChildren().setAll(pane);
        if (conversations != null) {
            conversations.select(peer.toString());
        }
        a.conversations().markSeen(peer.toString());
        open.focus();
    }

    private Node conversationHeader(AccountModel a, Jid peer, OpenConversation conversation) {
        String name = a.contacts().contact(peer).map(c -> c.displayName()).orElse(peer.toString());
        Avatar avatar = new Avatar(36);
        avatar.show(peer.toString(), name);
        Label title = new Label(name);
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
            return a.contacts().contact(peer).map(c -> c.statusLine()).orElse(peer.toString());
        }, conversation.activity(), a.contacts().rows()));
        Button find = iconButton(new FontIcon(Material2OutlinedMZ.SEARCH), "Find in conversation (Ctrl+F)",
                "findInConversation");
        find.setOnAction(e -> conversation.find());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        headerActions = commands.conversationActions(a, peer);
        HBox header = new HBox(10, avatar, new VBox(0, title, subtitle), grow);
        header.getChildren().addAll(headerActions.buttons());
        header.getChildren().add(find);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("conversation-header");
        header.setPadding(new Insets(8, 14, 8, 14));
        return header;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.FORUM);
        icon.getStyleClass().add("empty-state-icon");
        Label text = new Label("Choose a conversation, or pick a contact to start one.");
        text.getStyleClass().add("empty-state");
        Label keys = new Label("Ctrl+N new chat · Ctrl+K jump to a contact · F1 all shortcuts");
        keys.getStyleClass().add("text-muted");
        VBox box = new VBox(12, icon, text, keys);
        box.setAlignment(Pos.CENTER);
        box.setId("noConversation");
        return box;
    }
}
