package im.parley.ui.chat;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Ctrl+F: a bar over the messages that searches this conversation; Enter older, Shift+Enter newer, Esc closes. */
final class FindBar {
    private final HBox root;
    private final TextField field = new TextField();

    FindBar(ChatFindModel model, Runnable afterClose) {
        field.setId("findField");
        field.setPromptText("Find in conversation");
        field.setAccessibleText("Find in conversation");
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.hide();
                afterClose.run();
                e.consume();
            }
        });
        Label status = new Label();
        status.getStyleClass().add("find-status");
        status.textProperty().bind(model.statusProperty());
        Button older = button(Material2AL.KEYBOARD_ARROW_UP, "Older match (Enter)", model::next);
        Button newer = button(Material2AL.KEYBOARD_ARROW_DOWN, "Newer match (Shift+Enter)", model::previous);
        Button close = button(Material2AL.CLOSE, "Close (Esc)", () -> {
            model.hide();
            afterClose.run();
        });
        FontIcon glass = new FontIcon(Material2MZ.SEARCH);
        glass.getStyleClass().add("find-icon");
        root = new HBox(6, glass, field, status, older, newer, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("find-bar");
        root.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        root.visibleProperty().bind(model.openProperty());
        root.managedProperty().bind(model.openProperty());
        model.openProperty().addListener((o, was, now) -> {
            if (now) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    Node root() {
        return root;
    }

    private static Button button(org.kordamp.ikonli.Ikon icon, String name, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setAccessibleText(name);
        b.setTooltip(new Tooltip(name));
        b.setOnAction(e -> action.run());
        return b;
    }
}
