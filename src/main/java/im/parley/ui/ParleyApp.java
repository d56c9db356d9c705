package im.parley.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: for now one window to sign in and see the session's state. */
public final class ParleyApp extends Application {
    @Override
    public void start(Stage stage) {
        SignInViewModel model = new SignInViewModel(javafx.application.Platform::runLater);
        SignInView view = new SignInView(model);
        // Client State Indication: nobody is looking while the window is minimized or hidden.
        stage.iconifiedProperty().addListener((o, was, iconified) -> model.windowVisible(!iconified && stage.isShowing()));
        stage.showingProperty().addListener((o, was, showing) -> model.windowVisible(showing && !stage.isIconified()));
        stage.setTitle("Parley");
        Scene scene = new Scene(view.root(), 420, 320);
        scene.getStylesheets().add(ParleyApp.class.getResource("/themes/parley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
