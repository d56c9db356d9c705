package im.parley.ui.rooms;

import im.parley.ui.forms.FormResult;
import im.parley.ui.forms.FormView;
import im.parley.ui.forms.FormViewModel;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.ext.forms.DataForm;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The owner's configuration form of a room (XEP-0045 §10.2) rendered by the form renderer, in a
 * window of its own: Save submits it and closes once the room accepted it; a refusal shows in the
 * window; Cancel closes it and tells {@code cancelled}.
 */
final class RoomConfigDialog {
    /** Submits the filled form; tells {@code outcome} null once saved, else why not (UI thread). */
    interface Saver {
        void save(DataForm submitted, Consumer<String> outcome);
    }

    private RoomConfigDialog() {
    }

    static void show(Window owner, String title, FormViewModel form, Saver saver, Runnable saved, Runnable cancelled) {
        show(owner, title, form, "Save", 620, saver, saved, cancelled);
    }

    /** As above, the confirming button saying {@code action}, the window {@code height} tall at first. */
    static void show(Window owner, String title, FormViewModel form, String action, double height, Saver saver,
                     Runnable saved, Runnable cancelled) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        FormView view = new FormView(form);
        ScrollPane scroll = new ScrollPane(view.root());
        scroll.setFitToWidth(true);
        scroll.setId("roomConfiguration");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPadding(new Insets(16, 20, 16, 20));

        Label problem = new Label();
        problem.setId("roomConfigurationProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.setVisible(false);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setId("cancelRoomConfiguration");
        Button save = new Button(action);
        save.setDefaultButton(true);
        save.setId("saveRoomConfiguration");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, problem, grow, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 20, 16, 20));
        buttons.getStyleClass().add("dialog-buttons");

        cancel.setOnAction(e -> {
            stage.close();
            cancelled.run();
        });
        save.setOnAction(e -> {
            FormResult result = form.submit();
            if (!(result instanceof FormResult.Filled filled)) {
                problem.setText("Some settings need your attention.");
                problem.setVisible(true);
                return;
            }
            save.setDisable(true);
            progress.setVisible(true);
            problem.setVisible(false);
            saver.save(filled.form(), why -> {
                progress.setVisible(false);
                save.setDisable(false);
                if (why == null) {
                    stage.close();
                    saved.run();
                } else {
                    problem.setText(why);
                    problem.setVisible(true);
                }
            });
        });
        stage.setOnCloseRequest(e -> cancelled.run());

        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.setPrefSize(560, height);
        Scene scene = new Scene(root);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }
}
