package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Occupant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The occupant list by keyboard: reached with Tab, the arrows move between occupants (over the
 * role headings), the context-menu key or Shift+F10 opens the selected occupant's menu, Enter
 * addresses them in the composer ("nick: "). The selection stays on the same occupant while the
 * list changes around them.
 */
final class OccupantListKeys {
    private final ListView<OccupantRow> list;
    private final RoomAdminModel admin;
    private final Consumer<String> address;
    private final Consumer<Occupant> privateMessage;
    private String selectedNick;
    private ContextMenu menu;

    private OccupantListKeys(ListView<OccupantRow> list, RoomAdminModel admin, Consumer<String> address,
                             Consumer<Occupant> privateMessage) {
        this.list = list;
        this.admin = admin;
        this.address = address;
        this.privateMessage = privateMessage;
    }

    /**
     * @param address called with the nick Enter addresses
     * @param privateMessage what the menu's "Send private message" does
     */
    static void install(ListView<OccupantRow> list, RoomAdminModel admin, Consumer<String> address,
                        Consumer<Occupant> privateMessage) {
        new OccupantListKeys(list, admin, address, privateMessage).install();
    }

    private void install() {
        list.setFocusTraversable(true);
        list.setAccessibleText("Occupants");
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> skipHeading(was.intValue(),
                now.intValue()));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now instanceof OccupantRow.Entry e) {
                selectedNick = e.occupant().nick();
            }
        });
        list.getItems().addListener((ListChangeListener<OccupantRow>) c -> Platform.runLater(this::keepSelection));
        list.focusedProperty().addListener((o, was, now) -> {
            if (now && list.getSelectionModel().isEmpty()) {
                selectNear(0, 1);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        list.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                showMenu();
                e.consume();
            }
        });
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
            showMenu();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && selected() != null) {
            address.accept(selected().occupant().nick());
            e.consume();
        }
    }

    private OccupantRow.Entry selected() {
        return list.getSelectionModel().getSelectedItem() instanceof OccupantRow.Entry e ? e : null;
    }

    /** A heading is no place to stop: the selection goes on in the direction it moved, or back. */
    private void skipHeading(int was, int now) {
        if (now < 0 || now >= list.getItems().size() || !(list.getItems().get(now) instanceof OccupantRow.Heading)) {
            return;
        }
        int step = now >= was ? 1 : -1;
        Platform.runLater(() -> {
            if (!selectNear(now + step, step)) {
                selectNear(now - step, -step);
            }
        });
    }

    /** Selects the first occupant from {@code start} on in the direction {@code step}; false when there is none. */
    private boolean selectNear(int start, int step) {
        for (int i = start; i >= 0 && i < list.getItems().size(); i += step) {
            if (list.getItems().get(i) instanceof OccupantRow.Entry) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
                list.scrollTo(Math.max(0, i - 1));
                return true;
            }
        }
        return false;
    }

    /** After the list changed, the occupant selected before is selected again where they are now. */
    private void keepSelection() {
        if (selectedNick == null || selected() != null && selected().occupant().nick().equals(selectedNick)) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof OccupantRow.Entry e && e.occupant().nick().equals(selectedNick)) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
                return;
            }
        }
    }

    /** The selected occupant's menu, under their row. */
    private void showMenu() {
        OccupantRow.Entry entry = selected();
        if (entry == null || menu != null && menu.isShowing()) {
            return;
        }
        menu = OccupantMenu.of(admin, entry.occupant(), list, privateMessage);
        if (menu == null) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        Node anchor = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible())
                .findFirst().orElse(list);
        menu.show(anchor, Side.BOTTOM, 24, 0);
    }
}
