package im.parley.ui.settings;

import im.parley.client.AccountState;
import im.parley.ui.settings.AccountsViewModel.Row;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The profile's accounts, one line each, with "remember password" and "remove", and a way to add one. */
public final class AccountsView {
    private final AccountsViewModel model;
    private final VBox list = new VBox(8);
    private final VBox root;

    public AccountsView(AccountsViewModel model, Runnable addAccount) {
        this.model = model;
        list.setId("accountList");
        Button add = new Button("Add account…");
        add.setId("addAccountInSettings");
        add.setOnAction(e -> addAccount.run());
        Label passwords = SettingsLayout.note("");
        passwords.setId("passwordPlace");
        passwords.textProperty().bind(model.passwordPlaceProperty());
        root = SettingsLayout.page("Accounts", list, add, SettingsLayout.problem(model.problemProperty()),
                SettingsLayout.group("Where passwords go", passwords));
        model.rows().addListener((ListChangeListener<Row>) c -> rebuild());
        rebuild();
        model.load();
    }

    /** A handful of accounts: rebuilt whole, which also resets a switch the store refused. */
    private void rebuild() {
        list.getChildren().clear();
        if (model.rows().isEmpty()) {
            list.getChildren().add(SettingsLayout.note("No account yet."));
        }
        for (Row r : model.rows()) {
            list.getChildren().add(line(r));
        }
    }

    private Node line(Row row) {
        Label jid = new Label(row.jid().toString());
        jid.getStyleClass().add("text-bold");
        Label state = new Label();
        state.getStyleClass().add("text-muted");
        if (row.running() == null) {
            state.setText("Not signed in");
        } else {
            state.textProperty().bind(Bindings.createStringBinding(() -> describe(row.running().stateProperty().get()),
                    row.running().stateProperty()));
        }
        VBox who = new VBox(2, jid, state);
        who.setMinWidth(0);
        CheckBox remember = new CheckBox("Remember password");
        remember.setId("remember-" + row.jid());
        remember.setSelected(row.rememberPassword());
        remember.selectedProperty().addListener((o, was, now) -> model.rememberPassword(row, now));
        Button remove = new Button("Remove…");
        remove.setId("remove-" + row.jid());
        remove.getStyleClass().addAll("button-outlined", "danger");
        remove.setOnAction(e -> {
            if (confirmRemoval(row)) {
                model.remove(row);
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(12, who, grow, remember, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("settings-row");
        return line;
    }

    private boolean confirmRemoval(Row row) {
        ButtonType removeIt = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", removeIt, ButtonType.CANCEL);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Remove account");
        ask.setHeaderText("Remove " + row.jid() + " from Parley?");
        ask.setContentText("Parley signs out of it and forgets, on this computer, its messages, settings and"
                + " password. The account itself stays on its server.");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(removeIt)).setDefaultButton(false);
        return ask.showAndWait().filter(b -> b == removeIt).isPresent();
    }

    static String describe(AccountState state) {
        if (state instanceof AccountState.Online) {
            return "Online";
        }
        if (state instanceof AccountState.Connecting) {
            return "Connecting…";
        }
        if (state instanceof AccountState.Reconnecting) {
            return "Reconnecting…";
        }
        if (state instanceof AccountState.Failed f) {
            return "Not connected: " + f.reason();
        }
        return "Offline";
    }

    public Node root() {
        return root;
    }
}
