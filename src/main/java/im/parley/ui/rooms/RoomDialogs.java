package im.parley.ui.rooms;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small questions the room's menus ask: a line of text (nick, subject, reason). */
final class RoomDialogs {
    private RoomDialogs() {
    }

    /**
     * Asks for one line of text; empty when cancelled. The field has the id {@code fieldId}, the
     * confirming button {@code fieldId + "Ok"}.
     *
     * @param optional whether an empty answer may be given (a reason); else the button waits for text
     * @param danger what cannot be undone, or hurts someone: the button says so in red
     */
    static Optional<String> ask(Node owner, String title, String question, String action, String initial,
                                String fieldId, boolean optional, boolean danger) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window(owner));
        d.setTitle(title);
        d.setHeaderText(question);
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId(fieldId);
        field.setPrefColumnCount(28);
        if (optional) {
            field.setPromptText("Optional");
        }
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId(fieldId + "Ok");
        if (!optional) {
            okButton.disableProperty().bind(field.textProperty().isEmpty());
        }
        if (danger) {
            okButton.getStyleClass().add("danger");
        }
        d.getDialogPane().setContent(new VBox(8, field));
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return d.showAndWait().filter(ok::equals).map(b -> field.getText().strip());
    }

    static Window window(Node owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
