package im.parley.ui.rooms;

import im.parley.ui.theme.Themes;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Members and bans": a tab per list of the room (members, admins, owners, banned), each read
 * from the room as the window opens. An address is added with Enter or Add (checked as it is
 * typed), the selected one removed with Remove or Delete; Save sends what changed and closes once
 * the room made it all, else says what the room refused and keeps the rest.
 */
final class AffiliationListsDialog {
    private AffiliationListsDialog() {
    }

    static void show(Window owner, String roomName, AffiliationListsModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Members and bans of " + roomName);
        TabPane tabs = new TabPane();
        tabs.setId("affiliationTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TextField first = null;
        for (AffiliationList list : model.lists()) {
            ListTab tab = new ListTab(model, list);
            tabs.getTabs().add(tab.tab);
            first = first == null ? tab.address : first;
        }

        Label problem = DialogParts.problem("affiliationProblem", model.problemProperty());
        Label pending = new Label();
        pending.setId("affiliationPending");
        pending.getStyleClass().add("secondary-line");
        pending.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.changeCountProperty().get();
            return n == 0 ? "" : n == 1 ? "1 change not saved yet" : n + " changes not saved yet";
        }, model.changeCountProperty()));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setId("cancelAffiliations");
        cancel.setOnAction(e -> {
            if (mayClose(stage, model)) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!mayClose(stage, model)) {
                e.consume();
            }
        });
        Button save = new Button("Save");
        save.setDefaultButton(true);
        save.setId("saveAffiliations");
        save.disableProperty().bind(model.savingProperty().or(model.changeCountProperty().isEqualTo(0)));
        save.setOnAction(e -> model.save());
        model.savedProperty().addListener((o, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        HBox buttons = DialogParts.buttons(pending, model.savingProperty(), cancel, save);
        VBox bottom = new VBox(8, problem, buttons);
        bottom.setPadding(new Insets(12, 20, 16, 20));
        bottom.getStyleClass().add("dialog-buttons");

        BorderPane root = new BorderPane(tabs, null, null, bottom, null);
        root.setId("affiliationLists");
        root.setPrefSize(520, 500);
        Scene scene = new Scene(root);
        Themes.style(scene);
        stage.setScene(scene);
        model.load();
        stage.show();
        TextField focus = first;
        Platform.runLater(focus::requestFocus);
    }

    /** Closing with changes not saved asks first: a list edited at length is not lost to a stray Escape. */
    private static boolean mayClose(Stage stage, AffiliationListsModel model) {
        int n = model.changeCountProperty().get();
        if (n == 0 || model.savedProperty().get()) {
            return true;
        }
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                (n == 1 ? "One change" : n + " changes") + " to the room's lists will be lost.", discard, keep);
        alert.setTitle("Members and bans");
        alert.setHeaderText("Discard what you changed?");
        alert.initOwner(stage);
        Themes.style(alert.getDialogPane().getScene());
        // Keeping is the safe default: Enter must not throw the changes away.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    /** One list's tab: what it is for, the list, the address to add and the removal. */
    private static final class ListTab {
        private final Tab tab;
        private final TextField address = new TextField();

        ListTab(AffiliationListsModel model, AffiliationList list) {
            String key = list.affiliation().wire();
            Label explanation = new Label(list.explanation());
            explanation.setWrapText(true);
            explanation.getStyleClass().add("secondary-line");

            ListView<AffiliationList.Entry> entries = new ListView<>(list.entries());
            entries.setId("affiliationList-" + key);
            entries.setAccessibleText(list.title());
            entries.setCellFactory(l -> new EntryCell());
            Label empty = new Label(emptyText(list));
            empty.getStyleClass().add("empty-state");
            entries.setPlaceholder(empty);
            ProgressIndicator loading = new ProgressIndicator();
            loading.setMaxSize(32, 32);
            loading.visibleProperty().bind(list.loadingProperty());
            StackPane box = new StackPane(entries, loading);
            VBox.setVgrow(box, Priority.ALWAYS);
            Label listProblem = DialogParts.problem("affiliationListProblem-" + key, list.problemProperty());

            VBox content = new VBox(10, explanation, box, listProblem);
            if (list.editable()) {
                content.getChildren().add(editRow(model, list, entries, key));
            }
            content.setPadding(new Insets(14, 20, 8, 20));
            tab = new Tab(list.title(), content);
            tab.setId("affiliationTab-" + key);
        }

        private Node editRow(AffiliationListsModel model, AffiliationList list, ListView<AffiliationList.Entry> entries,
                             String key) {
            address.setId("affiliationAddress-" + key);
            // The ban tab's explanation says a bare domain may go here too; the field is too narrow to repeat it.
            address.setPromptText("name@example.org");
            address.setAccessibleText("Address to add to " + list.title().toLowerCase(Locale.ROOT));
            address.textProperty().bindBidirectional(list.addressProperty());
            HBox.setHgrow(address, Priority.ALWAYS);
            Button add = new Button(list.takesReason() ? "Ban" : "Add");
            add.setId("affiliationAdd-" + key);
            add.disableProperty().bind(list.canAdd().not());
            add.setOnAction(e -> {
                if (model.add(list)) {
                    address.requestFocus();
                }
            });
            address.setOnAction(e -> add.fire());
            HBox row = new HBox(8, address);
            if (list.takesReason()) {
                TextField reason = new TextField();
                reason.setId("affiliationReason-" + key);
                reason.setPromptText("Reason (optional)");
                reason.setAccessibleText("Reason for the ban");
                reason.textProperty().bindBidirectional(list.reasonProperty());
                reason.setOnAction(e -> add.fire());
                HBox.setHgrow(reason, Priority.ALWAYS);
                row.getChildren().add(reason);
            }
            row.getChildren().add(add);
            row.setAlignment(Pos.CENTER_LEFT);

            Label typed = new Label();
            typed.setId("affiliationAddressProblem-" + key);
            typed.getStyleClass().add("danger");
            typed.textProperty().bind(list.addressProblem());
            typed.visibleProperty().bind(list.addressProblem().isNotNull());
            typed.managedProperty().bind(typed.visibleProperty());

            Button remove = new Button(list.takesReason() ? "Lift the ban" : "Remove");
            remove.setId("affiliationRemove-" + key);
            remove.disableProperty().bind(entries.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(e -> removeSelected(model, list, entries));
            entries.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    removeSelected(model, list, entries);
                    e.consume();
                }
            });
            HBox removeRow = new HBox(remove);
            removeRow.setAlignment(Pos.CENTER_RIGHT);
            return new VBox(6, removeRow, row, typed);
        }

        private static void removeSelected(AffiliationListsModel model, AffiliationList list,
                                           ListView<AffiliationList.Entry> entries) {
            AffiliationList.Entry selected = entries.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.remove(list, selected.jid());
            }
        }

        private static String emptyText(AffiliationList list) {
            switch (list.affiliation()) {
                case OUTCAST:
                    return "Nobody is banned.";
                case MEMBER:
                    return "No members yet.";
                default:
                    return "Nobody.";
            }
        }
    }

    /** An address over its reserved nick or ban reason, "not saved yet" while it is an addition. */
    private static final class EntryCell extends ListCell<AffiliationList.Entry> {
        private final Label address = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(0, address, detail);

        EntryCell() {
            address.getStyleClass().add("primary-line");
            detail.getStyleClass().add("secondary-line");
        }

        @Override
        protected void updateItem(AffiliationList.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            address.setText(entry.jid().toString());
            String text = entry.detail() == null ? "" : entry.detail();
            if (entry.added()) {
                text = text.isEmpty() ? "Not saved yet" : text + " · not saved yet";
            }
            detail.setText(text);
            detail.setVisible(!text.isEmpty());
            detail.setManaged(!text.isEmpty());
            setGraphic(box);
            setAccessibleText(entry.jid() + (text.isEmpty() ? "" : ", " + text));
        }
    }
}
