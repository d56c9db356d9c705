package im.parley.ui.help;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts as a two-column table (what it does, and the keys) with a Close button,
 * as tall as its rows: its window takes its height from it.
 */
public final class KeyboardHelp {
    private final VBox root;

    public KeyboardHelp(boolean mac) {
        GridPane table = new GridPane();
        table.setId("shortcuts");
        table.setHgap(24);
        table.setVgap(10);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        what.setMinWidth(200);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Label.USE_PREF_SIZE);
        table.getColumnConstraints().setAll(what, keys);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label action = new Label(s.action());
            action.setWrapText(true);
            Label k = new Label(s.keysOn(mac));
            k.getStyleClass().add("shortcut-keys");
            k.setWrapText(true);
            k.setMaxWidth(260);
            table.addRow(row++, action, k);
        }
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("title-3");
        Button closeButton = new Button("Close");
        closeButton.setId("closeHelp");
        closeButton.setDefaultButton(true);
        closeButton.setOnAction(e -> closeButton.getScene().getWindow().hide());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root = new VBox(16, heading, table, buttons);
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setId("keyboardHelp");
    }

    public Parent root() {
        return root;
    }
}
