package im.parley.ui.settings;

import im.parley.ui.app.AccountModel;
import im.parley.xmpp.jid.Jid;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The account's block list: unblock one or all, block an address. */
public final class BlockedView {
    private final VBox root;

    public BlockedView(BlockedViewModel model) {
        ComboBox<AccountModel> account = new ComboBox<>(model.accounts());
        account.setId("blockedAccount");
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountModel a) {
                return a == null ? "" : a.jid().toString();
            }

            @Override
            public AccountModel fromString(String s) {
                return null;
            }
        });
        account.valueProperty().bindBidirectional(model.accountProperty());
        HBox accountRow = new HBox(8, new Label("Account"), account);
        accountRow.setAlignment(Pos.CENTER_LEFT);
        accountRow.visibleProperty().bind(Bindings.size(model.accounts()).greaterThan(1));
        accountRow.managedProperty().bind(accountRow.visibleProperty());

        ListView<Jid> list = new ListView<>(model.blocked());
        list.setId("blockedList");
        list.setPlaceholder(new Label("Nobody is blocked."));
        list.setPrefHeight(200);
        list.setCellFactory(v -> new BlockedCell(model));

        TextField address = new TextField();
        address.setId("blockAddress");
        address.setPromptText("name@example.org");
        HBox.setHgrow(address, Priority.ALWAYS);
        Button block = new Button("Block");
        block.setId("block");
        block.disableProperty().bind(address.textProperty().isEmpty());
        Runnable doBlock = () -> model.block(address.getText()).thenRun(() -> address.clear());
        block.setOnAction(e -> doBlock.run());
        address.setOnAction(e -> doBlock.run());
        HBox blockRow = new HBox(8, address, block);

        Button all = new Button("Unblock all");
        all.setId("unblockAll");
        all.disableProperty().bind(Bindings.isEmpty(model.blocked()));
        all.setOnAction(e -> model.unblockAll());

        root = SettingsLayout.page("Blocked contacts", accountRow,
                SettingsLayout.note("Blocked addresses cannot write to you or see whether you are online."
                        + " The list is kept by your server, for all your devices."),
                list, all, SettingsLayout.problem(model.problemProperty()),
                SettingsLayout.group("Block an address", blockRow));
    }

    private static final class BlockedCell extends ListCell<Jid> {
        private final Label jid = new Label();
        private final Button unblock = new Button("Unblock");
        private final HBox box;

        BlockedCell(BlockedViewModel model) {
            unblock.getStyleClass().addAll("flat", "small");
            unblock.setOnAction(e -> model.unblock(getItem()));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box = new HBox(8, jid, grow, unblock);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Jid item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                jid.setText(item.toString());
                unblock.setId("unblock-" + item);
                setGraphic(box);
            }
        }
    }

    public Node root() {
        return root;
    }
}
