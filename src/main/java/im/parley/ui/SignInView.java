package im.parley.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The sign-in form, bound to {@link SignInViewModel}. */
public final class SignInView {
    private final GridPane root = new GridPane();

    public SignInView(SignInViewModel model) {
        TextField jid = new TextField();
        jid.setId("jid");
        jid.setPromptText("you@example.org");
        jid.textProperty().bindBidirectional(model.jidProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        TextField host = new TextField();
        host.setId("host");
        host.setPromptText("optional: host or host:port");
        host.textProperty().bindBidirectional(model.hostProperty());
        Button signIn = new Button("Sign in");
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn());
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        root.setPadding(new Insets(16));
        root.setHgap(8);
        root.setVgap(8);
        root.addRow(0, new Label("Address"), jid);
        root.addRow(1, new Label("Password"), password);
        root.addRow(2, new Label("Server"), host);
        root.add(signIn, 1, 3);
        root.add(status, 0, 4, 2, 1);
    }

    public Parent root() {
        return root;
    }
}
