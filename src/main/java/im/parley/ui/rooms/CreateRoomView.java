package im.parley.ui.rooms;

import im.parley.xmpp.jid.Jid;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The create dialog's form: name, address on a service, nick, instant or set up first. */
final class CreateRoomView {
    private final VBox root = new VBox(14);
    private final TextField name = new TextField();
    private final Button cancel = new Button("Cancel");

    CreateRoomView(CreateRoomViewModel model) {
        Label title = new Label("Create a group room");
        title.getStyleClass().add("title-3");
        name.setId("newRoomName");
        name.setPromptText("Book club");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField address = new TextField();
        address.setId("newRoomAddress");
        address.setPromptText("book-club");
        address.textProperty().bindBidirectional(model.addressProperty());
        ComboBox<Jid> service = new ComboBox<>(model.services());
        service.setId("newRoomService");
        service.valueProperty().bindBidirectional(model.serviceProperty());
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(Jid jid) {
                return jid == null ? "" : jid.toString();
            }

            @Override
            public Jid fromString(String text) {
                return text == null || text.isBlank() ? null : Jid.of(text.strip());
            }
        });
        service.setMinWidth(Region.USE_PREF_SIZE);
        address.setPrefColumnCount(10);
        Label at = new Label("@");
        HBox addressLine = new HBox(6, address, at, service);
        addressLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField nick = new TextField();
        nick.setId("newRoomNick");
        nick.textProperty().bindBidirectional(model.nickProperty());
        CheckBox configureFirst = new CheckBox("Set the room up before anyone can join");
        configureFirst.setId("configureNewRoom");
        configureFirst.selectedProperty().bindBidirectional(model.configureFirstProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label("Name"), name);
        form.addRow(1, label("Address"), addressLine);
        form.addRow(2, label("Your nickname"), nick);
        form.add(configureFirst, 1, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(addressLine, Priority.ALWAYS);

        Label hint = new Label("The room stays, with its name, until you destroy it. Without setting it up, "
                + "the rest are the server's usual settings; you can change them later from its menu.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        Label problem = DialogParts.problem("createRoomProblem", model.problemProperty());

        Button create = new Button("Create");
        create.setId("createRoom");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(e -> model.create());
        cancel.setId("cancelCreateRoom");
        cancel.setCancelButton(true);
        HBox buttons = DialogParts.buttons(null, model.busyProperty(), cancel, create);

        root.getChildren().addAll(title, form, hint, problem, buttons);
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setPrefWidth(560);
    }

    /** A field's label, never cut short. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    Parent root() {
        return root;
    }

    void onCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void focus() {
        name.requestFocus();
    }
}
