package im.parley.ui.contacts;

import im.parley.ui.theme.Avatar;
import im.parley.xmpp.jid.Jid;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The contact list: group headings and contacts with presence, virtualized. */
public final class ContactsView {
    /** What the context menu and a double click ask the app to do with a contact. */
    public interface Actions {
        void chat(Jid contact);

        void rename(Contact contact);

        void editGroups(Contact contact);

        /** Asks the contact again to share their presence (RFC 6121 §3.1), for one who does not yet. */
        void askPresence(Contact contact);

        void remove(Contact contact);

        void block(Contact contact);

        void details(Contact contact);
    }

    private final ListView<ContactRow> list = new ListView<>();
    private ContextMenu keyboardMenu;

    /** @param pictures a contact's picture, null while none is known */
    public ContactsView(ContactsViewModel model, Actions actions, Function<Jid, ObservableValue<Image>> pictures) {
        list.setId("contacts");
        list.setItems(model.rows());
        list.setAccessibleText("Contacts");
        list.getStyleClass().add("sidebar-list");
        list.setCellFactory(l -> new Cell(actions, pictures));
        list.setPlaceholder(placeholder());
        list.setOnKeyPressed(e -> {
            if (!(list.getSelectionModel().getSelectedItem() instanceof ContactRow.Entry en)) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                actions.chat(en.contact().jid());
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                showMenuOfSelected(actions);
                e.consume();
            }
        });
        // Where the platform turns the menu key into a menu request, it comes to the focused list.
        list.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                showMenuOfSelected(actions);
                e.consume();
            }
        });
    }

    /** The selected contact's menu, under their row; once, though a key may also arrive as a menu request. */
    private void showMenuOfSelected(Actions actions) {
        if (!(list.getSelectionModel().getSelectedItem() instanceof ContactRow.Entry en)
                || keyboardMenu != null && keyboardMenu.isShowing()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        Node anchor = shownCell(index);
        if (anchor == null) {
            // Scrolled away from (the wheel moves the list, not the selection): brought back into view.
            list.scrollTo(index);
            list.layout();
            anchor = shownCell(index);
        }
        keyboardMenu = menu(actions, en.contact());
        keyboardMenu.show(anchor != null ? anchor : list, Side.BOTTOM, 40, 0);
    }

    private Node shownCell(int index) {
        return list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible())
                .findFirst().orElse(null);
    }

    private static Label placeholder() {
        Label l = new Label("No contacts yet.\nAdd one with the + button above.");
        l.getStyleClass().add("empty-state");
        l.setWrapText(true);
        return l;
    }

    public ListView<ContactRow> root() {
        return list;
    }

    /** A contact's menu, made when asked for, not for every row drawn. */
    private static ContextMenu menu(Actions actions, Contact c) {
        MenuItem chat = item("Chat", Material2AL.CHAT, () -> actions.chat(c.jid()));
        MenuItem rename = item("Rename…", Material2AL.EDIT, () -> actions.rename(c));
        MenuItem groups = item("Groups…", Material2AL.LABEL, () -> actions.editGroups(c));
        MenuItem details = item("Details", Material2AL.INFO, () -> actions.details(c));
        MenuItem block = item("Block", Material2AL.BLOCK, () -> actions.block(c));
        MenuItem remove = item("Remove…", Material2MZ.PERSON_REMOVE, () -> actions.remove(c));
        remove.getStyleClass().add("danger");
        ContextMenu menu = new ContextMenu(chat, rename, groups, details);
        if (c.mayAskForPresence()) {
            MenuItem ask = item("Ask to see their presence", Material2MZ.VISIBILITY, () -> actions.askPresence(c));
            ask.setId("askPresence");
            menu.getItems().add(ask);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), block, remove);
        return menu;
    }

    private static MenuItem item(String text, Ikon icon, Runnable action) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setOnAction(e -> action.run());
        return m;
    }

    private static final class Cell extends ListCell<ContactRow> {
        private final Actions actions;
        private final Function<Jid, ObservableValue<Image>> pictures;
        private final Avatar avatar = new Avatar(32);
        private final Label name = new Label();
        private final Label status = new Label();
        private final HBox entry;
        private final Label heading = new Label();

        Cell(Actions actions, Function<Jid, ObservableValue<Image>> pictures) {
            this.actions = actions;
            this.pictures = pictures;
            status.getStyleClass().add("secondary-line");
            name.getStyleClass().add("primary-line");
            VBox text = new VBox(1, name, status);
            entry = new HBox(10, avatar, text);
            entry.setAlignment(Pos.CENTER_LEFT);
            heading.getStyleClass().add("group-heading");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && getItem() instanceof ContactRow.Entry en) {
                    actions.chat(en.contact().jid());
                }
            });
            setOnContextMenuRequested(this::showMenu);
        }

        @Override
        protected void updateItem(ContactRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("heading-cell");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
            } else if (row instanceof ContactRow.Heading h) {
                heading.setText(h.group().toUpperCase() + "  " + h.online() + "/" + h.total());
                getStyleClass().add("heading-cell");
                setGraphic(heading);
                setAccessibleText("Group " + h.group() + ", " + h.online() + " of " + h.total() + " online");
            } else {
                Contact c = ((ContactRow.Entry) row).contact();
                avatar.show(c.jid().toString(), c.name());
                avatar.picture(pictures.apply(c.jid()));
                avatar.presence(c.availability() == null ? "offline" : c.availability().styleClass());
                name.setText(c.displayName());
                status.setText(c.statusLine());
                setGraphic(entry);
                setAccessibleText(c.displayName() + ", " + c.statusLine());
            }
        }

        private void showMenu(ContextMenuEvent e) {
            if (getItem() instanceof ContactRow.Entry entryRow) {
                menu(actions, entryRow.contact()).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        }
    }
}
