package im.parley.ui.signin;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in card shown on first run and when adding an account, bound to {@link SignInViewModel}. */
public final class SignInView {
    private final StackPane root = new StackPane();
    private final TextField jid = new TextField();
    private final Hyperlink createAccount = new Hyperlink("Create a new account");

    public SignInView(SignInViewModel model) {
        Label title = new Label("Welcome to Parley");
        title.getStyleClass().add("title-2");
        Label subtitle = new Label("Sign in with your XMPP (Jabber) address.");
        subtitle.getStyleClass().add("text-muted");

        jid.setId("jid");
        jid.setPromptText("you@example.org");
        jid.setAccessibleText("Address");
        jid.textProperty().bindBidirectional(model.jidProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setAccessibleText("Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox remember = new CheckBox("Remember the password on this computer");
        remember.setId("remember");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());

        Button signIn = new Button("Sign in");
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("sign-in-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Hyperlink details = new Hyperlink("Details");
        details.setId("statusDetails");
        details.visibleProperty().bind(model.detailProperty().isNotEmpty().and(model.busyProperty().not()));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> showDetails(model.detailProperty().get()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, label("Address", jid), jid);
        form.addRow(1, label("Password", password), password);
        form.add(remember, 1, 2);
        GridPane.setHgrow(jid, Priority.ALWAYS);

        TitledPane advanced = new TitledPane("Advanced", advanced(model));
        advanced.setId("advanced");
        advanced.setExpanded(false);
        advanced.setAnimated(false);

        createAccount.setId("createAccount");
        HBox links = new HBox(createAccount);
        links.setAlignment(Pos.CENTER);

        HBox statusRow = new HBox(6, progress, status, details);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(14, title, subtitle, form, advanced, signIn, statusRow, links);
        card.getStyleClass().add("sign-in-card");
        card.setPadding(new Insets(28));
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("sign-in");
        root.setPadding(new Insets(24));
        Platform.runLater(jid::requestFocus);
    }

    private static Parent advanced(SignInViewModel model) {
        TextField host = new TextField();
        host.setId("host");
        host.setPromptText("found through DNS");
        host.setAccessibleText("Server host");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = new TextField();
        port.setId("port");
        port.setPromptText("5222");
        port.setPrefColumnCount(6);
        port.setAccessibleText("Server port");
        port.textProperty().bindBidirectional(model.portProperty());
        CheckBox directTls = new CheckBox("Direct TLS (no STARTTLS)");
        directTls.setId("directTls");
        directTls.selectedProperty().bindBidirectional(model.directTlsProperty());
        TextField bosh = new TextField();
        bosh.setId("bosh");
        bosh.setPromptText("https://example.org/http-bind (optional)");
        bosh.setAccessibleText("BOSH address");
        bosh.textProperty().bindBidirectional(model.boshProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        HBox hostPort = new HBox(8, host, new Label(":"), port);
        hostPort.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);
        g.addRow(0, label("Server", host), hostPort);
        g.add(directTls, 1, 1);
        g.addRow(2, label("BOSH", bosh), bosh);
        GridPane.setHgrow(hostPort, Priority.ALWAYS);
        return g;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void showDetails(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle("What went wrong");
        alert.setHeaderText("The technical details");
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        alert.getDialogPane().setContent(area);
        alert.show();
    }

    /** "Create a new account": the app shows the registration form when clicked. */
    public void onCreateAccount(Runnable action) {
        createAccount.setOnAction(e -> action.run());
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        jid.requestFocus();
    }
}
