package im.parley.ui.rooms;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The join dialog's form: room address, nick, password, and what went wrong. */
public final class JoinRoomView {
    private final VBox root = new VBox(14);
    private final TextField address = new TextField();
    private final Button join = new Button("Join");
    private final Button cancel = new Button("Cancel");
    private final Button create = new Button("Create a new room…");

    public JoinRoomView(JoinRoomViewModel model, RoomBrowserModel browser) {
        Label title = new Label("Join a group room");
        title.getStyleClass().add("title-3");
        address.setId("roomAddress");
        address.setPromptText("room@conference.example.org");
        address.textProperty().bindBidirectional(model.addressProperty());
        TextField nick = new TextField();
        nick.setId("roomNick");
        nick.textProperty().bindBidirectional(model.nickProperty());
        PasswordField password = new PasswordField();
        password.setId("roomPassword");
        password.setPromptText("Only if the room has one");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Room address"), address);
        form.addRow(1, new Label("Your nickname"), nick);
        form.addRow(2, new Label("Password"), password);
        GridPane.setHgrow(address, Priority.ALWAYS);

        Label problem = DialogParts.problem("joinRoomProblem", model.problemProperty());

        join.setId("joinRoom");
        join.setDefaultButton(true);
        join.disableProperty().bind(model.canJoinProperty().not());
        join.setOnAction(e -> model.join());
        cancel.setId("cancelJoinRoom");
        cancel.setCancelButton(true);
        create.setId("createRoomInstead");
        create.getStyleClass().add("flat");
        HBox buttons = DialogParts.buttons(create, model.busyProperty(), cancel, join);

        root.getChildren().addAll(title, form, browser(model, browser), problem, buttons);
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setPrefWidth(500);
    }

    /** The server's public rooms, filtered as the user types; a pick fills the address, a double click joins. */
    private Node browser(JoinRoomViewModel model, RoomBrowserModel browser) {
        Label heading = new Label("Or pick one of the server's public rooms");
        heading.getStyleClass().add("text-bold");
        TextField filter = new TextField();
        filter.setId("roomFilter");
        filter.setPromptText("Filter by name or address");
        filter.textProperty().bindBidirectional(browser.filterProperty());
        ListView<RoomBrowserModel.Listing> rooms = new ListView<>(browser.shown());
        rooms.setId("roomDirectory");
        rooms.setPrefHeight(180);
        rooms.setCellFactory(l -> DialogParts.twoLineCell(RoomBrowserModel.Listing::title,
                listing -> listing.room().toString()));
        Label status = new Label();
        status.setId("roomDirectoryStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(browser.statusProperty());
        // While the list is empty (looking, none listed, a failure) the status says so inside it.
        Label empty = new Label();
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.textProperty().bind(browser.statusProperty());
        rooms.setPlaceholder(empty);
        status.visibleProperty().bind(Bindings.isNotEmpty(rooms.getItems()));
        rooms.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.addressProperty().set(now.room().toString());
            }
        });
        rooms.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && rooms.getSelectionModel().getSelectedItem() != null) {
                model.join();
            }
        });
        return new VBox(6, heading, filter, rooms, status);
    }

    public Parent root() {
        return root;
    }

    public void onCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    /** What "Create a new room…" does. */
    public void onCreate(Runnable action) {
        create.setOnAction(e -> action.run());
    }

    public void focus() {
        address.requestFocus();
    }
}
