package im.parley.ui.registration;

import atlantafx.base.theme.Styles;
import im.parley.ui.forms.FormView;
import im.parley.ui.forms.FormViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Account creation, bound to {@link RegistrationViewModel}: first the server, then the server's
 * form with "Create account". Progress and the reason of a failure show at the bottom.
 */
public final class RegistrationView {
    private final RegistrationViewModel model;
    private final BorderPane root = new BorderPane();
    private final Node serverStep;
    private final TextField domain = new TextField();

    public RegistrationView(RegistrationViewModel model) {
        this.model = model;
        serverStep = serverStep();
        root.setPadding(new Insets(20));
        root.setBottom(statusBar());
        show(model.formProperty().get());
        model.formProperty().addListener((o, was, now) -> show(now));
    }

    public Parent root() {
        return root;
    }

    private void show(FormViewModel form) {
        if (form == null) {
            root.setCenter(serverStep);
            domain.requestFocus();
        } else {
            root.setCenter(formStep(form));
        }
    }

    private Node serverStep() {
        Label heading = new Label("Create an account");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label("Choose a server to create your account on. It will ask for what it needs.");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        domain.setId("registration-domain");
        domain.setPromptText("example.org");
        domain.setAccessibleText("Server");
        domain.textProperty().bindBidirectional(model.domainProperty());
        Label domainLabel = new Label("Server");
        domainLabel.setLabelFor(domain);
        TextField host = new TextField();
        host.setId("registration-host");
        host.setPromptText("optional: host or host:port");
        host.setAccessibleText("Connect to host, optional");
        host.textProperty().bindBidirectional(model.hostProperty());
        Label hostLabel = new Label("Connect to (optional)");
        hostLabel.setLabelFor(host);
        Button next = new Button("Continue");
        next.setId("registration-continue");
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(model.busyProperty());
        next.setOnAction(e -> model.fetchForm());
        VBox box = new VBox(8, heading, explain, domainLabel, domain, hostLabel, host, next);
        VBox.setMargin(next, new Insets(8, 0, 0, 0));
        box.setMaxWidth(420);
        return box;
    }

    private Node formStep(FormViewModel form) {
        FormView view = new FormView(form);
        ScrollPane scroll = new ScrollPane(view.root());
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(0, 12, 0, 0));
        scroll.getStyleClass().add("edge-to-edge");
        Button back = new Button("Back");
        back.setId("registration-back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(e -> model.back());
        Button create = new Button("Create account");
        create.setId("registration-create");
        create.setDefaultButton(true);
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.submit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, gap, create);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        BorderPane step = new BorderPane(scroll);
        step.setBottom(buttons);
        return step;
    }

    private Node statusBar() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        progress.managedProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("registration-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        HBox bar = new HBox(8, spinner, progress, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }
}
