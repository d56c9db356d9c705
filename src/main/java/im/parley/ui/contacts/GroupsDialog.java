package im.parley.ui.contacts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The groups of one contact: every group of the user's contacts as a check box, the contact's own
 * ticked, and a field that adds a new one (ticked). OK gives the ticked groups; nothing is typed
 * twice and no group is lost to a misplaced comma.
 */
public final class GroupsDialog {
    /** A check box's row, with its spacing. */
    private static final double ROW = 26;

    private final Dialog<Set<String>> dialog = new Dialog<>();
    private final VBox boxes = new VBox(4);
    private final TextField newGroup = new TextField();

    /** For {@code contact}, offering {@code known} (the groups of all contacts) and its own. */
    public GroupsDialog(Window owner, Contact contact, Collection<String> known) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Groups");
        dialog.setHeaderText("Groups of " + contact.displayName());
        dialog.getDialogPane().setId("groupsDialog");
        Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(known);
        all.addAll(contact.groups());
        for (String group : all) {
            add(group, contact.groups().contains(group));
        }
        newGroup.setId("newGroup");
        newGroup.setPromptText("New group");
        newGroup.setAccessibleText("New group");
        Button addButton = new Button("Add");
        addButton.setId("addGroup");
        addButton.disableProperty().bind(newGroup.textProperty().map(t -> t.isBlank()).orElse(true));
        addButton.setOnAction(e -> addTyped());
        newGroup.setOnAction(e -> {
            addTyped();
            // Enter adds the group; it must not also press OK.
            e.consume();
        });
        HBox.setHgrow(newGroup, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        // As tall as its groups, up to ten rows; the dialog grows with a group added.
        scroll.prefViewportHeightProperty().bind(Bindings.size(boxes.getChildren()).multiply(ROW).map(
                h -> Math.min(10 * ROW, h.doubleValue())));
        boxes.getChildren().addListener((ListChangeListener<Node>) c -> {
            if (dialog.isShowing()) {
                Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
            }
        });
        scroll.getStyleClass().add("edge-to-edge");
        Label none = new Label("No groups yet: add one below.");
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(Bindings.isEmpty(boxes.getChildren()));
        none.managedProperty().bind(none.visibleProperty());
        scroll.visibleProperty().bind(none.visibleProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        VBox content = new VBox(10, none, scroll, new HBox(8, newGroup, addButton));
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? ticked() : null);
        // After the dialog has given the focus to its default button, as it does once shown.
        dialog.setOnShown(e -> Platform.runLater(newGroup::requestFocus));
    }

    public Dialog<Set<String>> dialog() {
        return dialog;
    }

    /** The groups ticked now; a name typed but not added yet counts as added. */
    Set<String> ticked() {
        addTyped();
        Set<String> groups = new LinkedHashSet<>();
        for (Node node : boxes.getChildren()) {
            CheckBox box = (CheckBox) node;
            if (box.isSelected()) {
                groups.add(box.getText());
            }
        }
        return groups;
    }

    private void addTyped() {
        String name = newGroup.getText().trim();
        newGroup.clear();
        if (name.isEmpty()) {
            return;
        }
        for (Node node : boxes.getChildren()) {
            CheckBox box = (CheckBox) node;
            if (box.getText().equalsIgnoreCase(name)) {
                box.setSelected(true);
                return;
            }
        }
        add(name, true);
    }

    private void add(String group, boolean ticked) {
        CheckBox box = new CheckBox(group);
        box.setSelected(ticked);
        box.getStyleClass().add("group-choice");
        boxes.getChildren().add(box);
    }

    /** The groups of {@code contacts}, each once. */
    public static Set<String> groupsOf(List<Contact> contacts) {
        Set<String> groups = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        contacts.forEach(c -> groups.addAll(c.groups()));
        return groups;
    }
}
