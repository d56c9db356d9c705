package im.parley.ui.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The settings: the sections in a list on the left, the chosen one on the right. A section's
 * content is built the first time it is shown and kept while the window lives.
 */
public final class SettingsWindow {
    private final BorderPane root = new BorderPane();
    private final ListView<SettingsSection> list = new ListView<>();
    private final ScrollPane page = new ScrollPane();
    private final Map<SettingsSection, Node> built = new HashMap<>();

    public SettingsWindow(List<SettingsSection> sections) {
        list.setId("settingsSections");
        list.getItems().setAll(sections);
        list.getStyleClass().add("settings-sections");
        list.setPrefWidth(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SettingsSection item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setGraphic(empty || item == null ? null : new FontIcon(item.icon()));
                setId(empty || item == null ? null : "section-" + item.id());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                page.setContent(built.computeIfAbsent(now, s -> s.content().get()));
                page.setVvalue(0);
            }
        });
        page.setFitToWidth(true);
        page.getStyleClass().addAll("edge-to-edge", "settings-content");
        root.setLeft(list);
        root.setCenter(page);
        root.setId("settings");
        root.getStyleClass().add("settings");
        list.getSelectionModel().selectFirst();
    }

    public Parent root() {
        return root;
    }

    /** Shows the section {@code id}, if there is one. */
    public void show(String id) {
        list.getItems().stream().filter(s -> s.id().equals(id)).findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s));
    }

    /** Puts the keyboard in the section list, so arrows move between sections. */
    public void focus() {
        list.requestFocus();
    }
}
