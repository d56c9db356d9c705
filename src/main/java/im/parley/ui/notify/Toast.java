package im.parley.ui.notify;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * One in-app notification as a card: an icon, the title, up to two lines of text and a close
 * button. A click on the card opens what it is about. Colours come from {@code themes/notify.css}.
 */
final class Toast extends StackPane {
    static final double WIDTH = 340;

    Toast(Notification n, Runnable open, Runnable dismiss) {
        FontIcon glyph = new FontIcon(n.kind() == Notification.Kind.MESSAGE ? Material2OutlinedAL.CHAT_BUBBLE_OUTLINE
                : n.kind() == Notification.Kind.MISSED_CALL ? Material2OutlinedMZ.PHONE_MISSED
                : n.kind() == Notification.Kind.ROOM_GONE ? Material2OutlinedAL.ERROR_OUTLINE
                : Material2OutlinedMZ.PERSON_ADD);
        StackPane icon = new StackPane(glyph);
        icon.getStyleClass().add("toast-icon");

        Label title = new Label(n.title());
        title.getStyleClass().add("toast-title");
        Label text = new Label(n.text());
        text.getStyleClass().add("toast-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);

        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.getStyleClass().addAll("flat", "button-icon", "toast-close");
        close.setAccessibleText("Dismiss");
        close.setFocusTraversable(false);
        close.setOnAction(e -> dismiss.run());

        HBox card = new HBox(10, icon, words, close);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("toast");
        card.setId("toast");
        card.setPrefWidth(WIDTH);
        card.setMaxWidth(WIDTH);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open.run();
            }
        });
        getChildren().add(card);
        // Room around the card for its shadow: the popup's window is transparent and would clip it.
        getStyleClass().add("toast-frame");
    }
}
