package im.parley.ui.switcher;

import im.parley.ui.theme.Avatar;
import im.parley.ui.theme.Themes;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The quick switcher's window: a field and the places that match, over the top of the main
 * window. Up and Down choose while the focus stays in the field; Enter or a click goes; Esc or
 * clicking elsewhere closes it.
 */
public final class QuickSwitcher {
    private static final double WIDTH = 480;
    private static final double ROW = 52;
    private static final int ROWS = 8;
    private final QuickSwitcherModel model;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField field = new TextField();
    private final ListView<SwitchTarget> list = new ListView<>();

    /** @param showAccount whether a line names its account (when there is more than one) */
    public QuickSwitcher(Window owner, QuickSwitcherModel model, java.util.function.BooleanSupplier showAccount) {
        this.model = model;
        stage.initOwner(owner);
        field.setId("quickSwitcherField");
        field.setPromptText("Jump to a conversation or contact");
        field.setAccessibleText("Jump to a conversation or contact");
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setId("quickSwitcherList");
        list.getStyleClass().add("sidebar-list");
        list.setItems(model.matches());
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new Cell(showAccount));
        // As tall as its matches, up to eight: no empty white window under one hit.
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
                model.matches().isEmpty() ? ROW * 1.5 : Math.min(ROWS, model.matches().size()) * ROW + 6,
                model.matches()));
        list.prefHeightProperty().addListener((o, was, now) -> stage.sizeToScene());
        Label none = new Label("Nothing matches. Ctrl+N starts a chat with any address.");
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        list.setPlaceholder(none);
        model.chosenProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.choose(now);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                go();
            }
        });
        VBox box = new VBox(8, field, list);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("quick-switcher");
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPrefWidth(WIDTH);
        Scene scene = new Scene(box);
        Themes.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                stage.hide();
            }
        });
    }

    /** Opens (or reopens) over the top third of the owner, the field focused and empty. */
    public void show() {
        model.open();
        Window owner = stage.getOwner();
        stage.setX(owner.getX() + (owner.getWidth() - WIDTH) / 2);
        stage.setY(owner.getY() + Math.max(40, owner.getHeight() / 8));
        stage.show();
        stage.toFront();
        field.requestFocus();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
        } else if (e.getCode() == KeyCode.DOWN) {
            model.move(1);
        } else if (e.getCode() == KeyCode.UP) {
            model.move(-1);
        } else if (e.getCode() == KeyCode.ENTER) {
            go();
        } else {
            return;
        }
        e.consume();
    }

    private void go() {
        // Hidden first: the main window takes the focus back before the conversation asks for it.
        stage.hide();
        model.go();
    }

    private static final class Cell extends ListCell<SwitchTarget> {
        private final java.util.function.BooleanSupplier showAccount;
        private final Avatar avatar = new Avatar(30);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label badge = new Label();
        private final HBox box;

        Cell(java.util.function.BooleanSupplier showAccount) {
            this.showAccount = showAccount;
            name.getStyleClass().add("primary-line");
            detail.getStyleClass().add("secondary-line");
            badge.getStyleClass().add("unread-badge");
            name.setMinWidth(0);
            detail.setMinWidth(0);
            VBox text = new VBox(1, name, detail);
            text.setMinWidth(0);
            // A name alone (no address or account under it) sits in the middle of the row, by its avatar.
            text.setAlignment(Pos.CENTER_LEFT);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox.setHgrow(text, Priority.SOMETIMES);
            box = new HBox(10, avatar, text, grow, badge);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(SwitchTarget t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            avatar.show(t.peer().toString(), t.name());
            avatar.presence(t.presence());
            name.setText(t.name());
            String where = t.name().equals(t.peer().toString()) ? "" : t.peer().toString();
            if (showAccount.getAsBoolean()) {
                where = (where.isEmpty() ? "" : where + " · ") + "on " + t.account();
            }
            detail.setText(where);
            detail.setVisible(!where.isEmpty());
            detail.setManaged(!where.isEmpty());
            badge.setText(t.unread() > 99 ? "99+" : Integer.toString(t.unread()));
            badge.setVisible(t.unread() > 0);
            badge.setManaged(t.unread() > 0);
            setGraphic(box);
            setAccessibleText(t.name() + (t.unread() > 0 ? ", " + t.unread() + " unread" : ""));
        }
    }
}
