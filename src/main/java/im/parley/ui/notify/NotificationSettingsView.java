package im.parley.ui.notify;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The "Notifications" section of the settings window: three switches over
 * {@link NotificationSettingsViewModel}. The settings window places {@link #root()} where it likes.
 */
public final class NotificationSettingsView {
    private final VBox root;

    public NotificationSettingsView(NotificationSettingsViewModel model) {
        Label heading = new Label("Notifications");
        heading.getStyleClass().add("title-4");

        CheckBox enabled = new CheckBox("Notify me of new messages and contact requests");
        enabled.setId("notify-enabled");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());

        CheckBox sound = new CheckBox("Play a sound");
        sound.setId("notify-sound");
        sound.selectedProperty().bindBidirectional(model.soundProperty());
        sound.disableProperty().bind(model.detailsDisabled());

        CheckBox text = new CheckBox("Show the message text (off: only who wrote)");
        text.setId("notify-text");
        text.selectedProperty().bindBidirectional(model.showTextProperty());
        text.disableProperty().bind(model.detailsDisabled());

        Label hint = new Label("Nothing is shown while your status is Do not disturb, nor for muted conversations.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        root = new VBox(8, heading, enabled, sound, text, hint);
        // Indented under the switch they depend on.
        VBox.setMargin(sound, new Insets(0, 0, 0, 24));
        VBox.setMargin(text, new Insets(0, 0, 0, 24));
        root.getStyleClass().add("notification-settings");
        root.disableProperty().bind(model.loadedProperty().not());
    }

    public Node root() {
        return root;
    }
}
