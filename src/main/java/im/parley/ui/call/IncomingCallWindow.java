package im.parley.ui.call;

import im.parley.ui.theme.Avatar;
import im.parley.ui.theme.Themes;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The ringing prompt: a small window of its own in the screen's lower right corner, on top of
 * other windows (unless do-not-disturb), shown whether the main window is open, minimized or in
 * the tray. Closes itself when the call stops ringing.
 */
public final class IncomingCallWindow {
    private static final double WIDTH = 360;
    private static final double HEIGHT = 150;
    private static final double MARGIN = 24;

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final IncomingCallViewModel model;

    public IncomingCallWindow(IncomingCallViewModel model, String peerAddress) {
        this.model = model;
        Avatar avatar = new Avatar(48);
        avatar.show(peerAddress, model.peerName());
        Label headline = new Label(model.headline());
        headline.setId("incomingCallHeadline");
        headline.getStyleClass().add("incoming-headline");
        headline.setWrapText(true);
        // A contact without a name is shown by address already: then the line says what kind of call it is.
        Label address = new Label(model.peerName().equals(peerAddress)
                ? model.videoOffered() ? "Video call" : "Voice call" : peerAddress);
        address.getStyleClass().add("text-muted");
        HBox who = new HBox(12, avatar, new VBox(2, headline, address));
        who.setAlignment(Pos.CENTER_LEFT);

        Button decline = new Button("Decline", new FontIcon(Material2AL.CALL_END));
        decline.setId("declineCall");
        decline.getStyleClass().add("danger");
        decline.setCancelButton(true);
        decline.setOnAction(e -> model.decline());
        Button answer = new Button("Answer", new FontIcon(Material2AL.CALL));
        answer.setId("answerCall");
        answer.getStyleClass().add("success");
        answer.setDefaultButton(true);
        answer.setOnAction(e -> model.answer());
        HBox buttons = new HBox(8, decline, answer);
        if (model.videoOffered()) {
            Button video = new Button("Video", new FontIcon(Material2MZ.VIDEOCAM));
            video.setId("answerWithVideo");
            video.getStyleClass().add("success");
            video.setOnAction(e -> model.answerWithVideo());
            buttons.getChildren().add(video);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(14, who, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("incoming-call");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Themes.style(scene);
        stage.setScene(scene);
        stage.setTitle(model.headline());
        stage.setAlwaysOnTop(!model.silent());
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> model.decline());
        model.ringingProperty().addListener((o, was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMaxX() - WIDTH - MARGIN);
        stage.setY(screen.getMaxY() - HEIGHT - MARGIN);
    }

    /** Shows the prompt, unless the call stopped ringing meanwhile. */
    public void show() {
        if (model.ringingProperty().get()) {
            stage.show();
        }
    }
}
