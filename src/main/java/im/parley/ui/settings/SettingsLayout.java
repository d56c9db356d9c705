package im.parley.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The common shape of a settings page: a heading, then groups of controls with their explanations. */
final class SettingsLayout {
    private SettingsLayout() {
    }

    static VBox page(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "settings-heading");
        VBox page = new VBox(14, heading);
        page.getChildren().addAll(content);
        page.setPadding(new Insets(20, 24, 24, 24));
        page.getStyleClass().add("settings-page");
        return page;
    }

    /** A titled group of related controls. */
    static VBox group(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("text-bold", "settings-group-title");
        VBox group = new VBox(6, heading);
        group.getChildren().addAll(content);
        return group;
    }

    /** A sentence that explains, wrapping to the page's width. */
    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("text-muted", "settings-note");
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A line for a failure or a refusal, hidden while empty. */
    static Label problem(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("settings-problem");
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
