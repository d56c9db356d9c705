package im.parley.ui.rooms;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces the rooms' dialogs share: the problem line, the button row, two-line list cells. */
final class DialogParts {
    private DialogParts() {
    }

    /** A red sentence under the form, shown while {@code text} is not null. */
    static Label problem(String id, ObservableStringValue text) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(text);
        problem.visibleProperty().bind(Bindings.isNotNull(text));
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** {@code left} (may be null), a spinner while {@code busy}, then {@code buttons} on the right. */
    static HBox buttons(Node left, ObservableBooleanValue busy, Node... buttons) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(Bindings.createBooleanBinding(busy::get, busy));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8);
        if (left != null) {
            row.getChildren().add(left);
        }
        row.getChildren().addAll(progress, grow);
        row.getChildren().addAll(buttons);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /** A list cell of a name over an address. */
    static <T> ListCell<T> twoLineCell(Function<T, String> primary, Function<T, String> secondary) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(primary.apply(item));
                name.getStyleClass().add("primary-line");
                Label address = new Label(secondary.apply(item));
                address.getStyleClass().add("secondary-line");
                setGraphic(new VBox(0, name, address));
            }
        };
    }
}
