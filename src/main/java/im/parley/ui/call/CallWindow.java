package im.parley.ui.call;

import im.parley.client.call.Call;
import im.parley.ui.theme.Avatar;
import im.parley.ui.theme.Themes;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A call in a window of its own, owned by no other: it stays when the main window is hidden to the
 * tray or minimized. The peer's video fills it (their avatar while there is none), the user's own
 * preview sits in a corner; below, mute, camera, video, details and hang up.
 */
public final class CallWindow {
    /** How long the window shows how the call ended before it closes. */
    private static final Duration LINGER = Duration.seconds(2);

    private final CallViewModel model;
    private final Stage stage = new Stage();
    private final Label details = new Label();

    public CallWindow(CallViewModel model, VideoFrames peerVideo, VideoFrames ownVideo, String peerAddress) {
        this.model = model;
        BorderPane root = new BorderPane();
        root.getStyleClass().add("call-window");
        root.setTop(header(peerAddress));
        root.setCenter(stageArea(peerVideo, ownVideo, peerAddress));
        root.setBottom(controls());
        Scene scene = new Scene(root, 560, 460);
        Themes.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(400);
        stage.setMinHeight(340);
        stage.titleProperty().bind(Bindings.concat("Call with ", model.peerName(), " · ", model.statusProperty()));
        stage.setOnCloseRequest(e -> model.hangUp());
        model.endedProperty().addListener((o, was, ended) -> {
            if (ended) {
                PauseTransition linger = new PauseTransition(LINGER);
                linger.setOnFinished(e -> stage.close());
                linger.play();
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Brings the window forward, e.g. when the user asks to call someone they are already talking to. */
    public void toFront() {
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private Node header(String peerAddress) {
        Label name = new Label(model.peerName());
        name.setId("callPeer");
        name.getStyleClass().add("call-peer");
        FontIcon speakingIcon = new FontIcon(Material2AL.GRAPHIC_EQ);
        speakingIcon.getStyleClass().add("call-speaking");
        speakingIcon.setId("callSpeaking");
        speakingIcon.visibleProperty().bind(model.speakingProperty());
        Label status = new Label();
        status.setId("callStatus");
        status.getStyleClass().add("call-status");
        status.textProperty().bind(model.statusProperty());
        Label quality = new Label();
        quality.setId("callQuality");
        quality.setGraphic(new FontIcon(Material2MZ.SIGNAL_CELLULAR_ALT));
        quality.textProperty().bind(model.qualityProperty().map(CallQuality::label));
        quality.visibleProperty().bind(model.stateProperty().isEqualTo(Call.State.ACTIVE));
        model.qualityProperty().addListener((o, was, now) -> {
            quality.getStyleClass().removeAll("quality-good", "quality-fair", "quality-poor");
            if (now != CallQuality.UNKNOWN) {
                quality.getStyleClass().add("quality-" + now.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        quality.getStyleClass().add("call-quality");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox title = new HBox(6, name, speakingIcon);
        title.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(12, new VBox(2, title, status), grow, quality);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 12, 16));
        header.getStyleClass().add("call-header");
        return header;
    }

    private Node stageArea(VideoFrames peerVideo, VideoFrames ownVideo, String peerAddress) {
        Avatar avatar = new Avatar(96);
        avatar.show(peerAddress, model.peerName());
        model.speakingProperty().addListener((o, was, now) -> {
            if (now) {
                avatar.getStyleClass().add("speaking");
            } else {
                avatar.getStyleClass().remove("speaking");
            }
        });
        VBox placeholder = new VBox(avatar);
        placeholder.setAlignment(Pos.CENTER);

        StackPane area = new StackPane();
        area.getStyleClass().add("call-stage");
        area.setMinSize(0, 0);
        ImageView peer = video(peerVideo.imageProperty(), "peerVideo");
        peer.fitWidthProperty().bind(area.widthProperty());
        peer.fitHeightProperty().bind(area.heightProperty());
        peer.visibleProperty().bind(model.videoProperty().and(peerVideo.imageProperty().isNotNull()));
        placeholder.visibleProperty().bind(peer.visibleProperty().not());

        ImageView own = video(ownVideo.imageProperty(), "ownVideo");
        own.setFitWidth(144);
        own.setFitHeight(108);
        own.visibleProperty().bind(model.videoProperty().and(ownVideo.imageProperty().isNotNull())
                .and(model.cameraOnProperty()));
        StackPane.setAlignment(own, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(own, new Insets(12));
        Region previewShadow = shadowBehind(own);

        details.setId("callDetails");
        details.getStyleClass().add("call-details");
        details.textProperty().bind(model.detailsProperty());
        StackPane.setAlignment(details, Pos.TOP_LEFT);
        StackPane.setMargin(details, new Insets(12));
        // Over a picture the details may cover a corner of it; the avatar of a voice call moves
        // aside instead, centred in the space the details leave.
        placeholder.paddingProperty().bind(Bindings.createObjectBinding(
                () -> details.isVisible() ? new Insets(0, 0, 0, details.getWidth() + 24) : Insets.EMPTY,
                details.visibleProperty(), details.widthProperty()));

        Label notice = new Label();
        notice.setId("callNotice");
        notice.getStyleClass().add("call-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT);
        StackPane.setMargin(notice, new Insets(12, 170, 12, 12));
        area.getChildren().addAll(placeholder, peer, previewShadow, own, details, notice);
        showAt(peerVideo, area.widthProperty(), area.heightProperty());
        showAt(ownVideo, own.fitWidthProperty(), own.fitHeightProperty());
        ownVideo.drawWith(peerVideo);
        InvalidationListener onScreen = o -> {
            boolean on = stage.isShowing() && !stage.isIconified();
            peerVideo.shown(on);
            ownVideo.shown(on);
        };
        stage.showingProperty().addListener(onScreen);
        stage.iconifiedProperty().addListener(onScreen);
        onScreen.invalidated(null);
        return area;
    }

    /** Keeps {@code frames} scaled to the pixels of a box of {@code width} x {@code height}, on this window's screen. */
    private void showAt(VideoFrames frames, DoubleExpression width, DoubleExpression height) {
        InvalidationListener resized = o -> frames.showAt(width.get() * stage.getRenderScaleX(),
                height.get() * stage.getRenderScaleY());
        width.addListener(resized);
        height.addListener(resized);
        stage.renderScaleXProperty().addListener(resized);
        stage.renderScaleYProperty().addListener(resized);
        resized.invalidated(null);
    }

    /**
     * The preview's shadow, on a still region behind it rather than on the picture: an effect on a
     * picture that changes 15 times a second is computed again for each (a blur, in software); the
     * region's is drawn once and kept.
     */
    private static Region shadowBehind(ImageView preview) {
        Region shadow = new Region();
        shadow.getStyleClass().add("call-preview");
        shadow.setCache(true);
        shadow.setMouseTransparent(true);
        shadow.maxWidthProperty().bind(preview.layoutBoundsProperty().map(b -> b.getWidth()));
        shadow.maxHeightProperty().bind(preview.layoutBoundsProperty().map(b -> b.getHeight()));
        shadow.visibleProperty().bind(preview.visibleProperty());
        StackPane.setAlignment(shadow, StackPane.getAlignment(preview));
        StackPane.setMargin(shadow, StackPane.getMargin(preview));
        return shadow;
    }

    private static ImageView video(ObservableValue<Image> image, String id) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(image);
        return view;
    }

    private Node controls() {
        Button mute = stateButton("callMute", model.mutedProperty(), Material2MZ.MIC, "Mute",
                Material2MZ.MIC_OFF, "Unmute");
        mute.setOnAction(e -> model.toggleMute());
        mute.disableProperty().bind(model.endedProperty());

        Button camera = stateButton("callCamera", model.cameraOnProperty().not(), Material2MZ.VIDEOCAM, "Camera off",
                Material2MZ.VIDEOCAM_OFF, "Camera on");
        camera.setOnAction(e -> model.toggleCamera());
        if (model.hasCamera()) {
            camera.disableProperty().bind(model.videoProperty().not().or(model.endedProperty()));
        } else {
            // Disabled controls show no tooltip: the reason goes in the accessible text and the notice.
            camera.setDisable(true);
            camera.setAccessibleText("No camera found");
        }

        Button video = stateButton("callVideo", model.videoProperty(), Material2MZ.VIDEO_CALL, "Add video",
                Material2MZ.VIDEOCAM_OFF, "Stop video");
        video.setOnAction(e -> model.toggleVideo());
        video.disableProperty().bind(model.stateProperty().isNotEqualTo(Call.State.ACTIVE)
                .or(model.videoChangingProperty()));

        ToggleButton info = new ToggleButton(null, new FontIcon(Material2AL.INFO));
        info.setId("callInfo");
        info.setTooltip(new Tooltip("Connection details"));
        info.setAccessibleText("Connection details");
        info.getStyleClass().add("call-button");
        details.visibleProperty().bind(info.selectedProperty());
        details.managedProperty().bind(info.selectedProperty());

        Button hangUp = new Button(null, new FontIcon(Material2AL.CALL_END));
        hangUp.setId("hangUp");
        hangUp.setTooltip(new Tooltip("Hang up"));
        hangUp.setAccessibleText("Hang up");
        hangUp.getStyleClass().addAll("danger", "call-button", "call-hang-up");
        hangUp.setOnAction(e -> model.hangUp());
        hangUp.disableProperty().bind(model.endedProperty());

        HBox bar = new HBox(12, mute, camera, video, info, hangUp);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(12));
        bar.getStyleClass().add("call-controls");
        return bar;
    }

    /** A button whose icon, tooltip and "active" look follow {@code active}: what it does next is what it shows. */
    private static Button stateButton(String id, ObservableValue<Boolean> active, Ikon offIcon, String offTip,
                                      Ikon onIcon, String onTip) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("call-button");
        b.setTooltip(new Tooltip());
        Runnable show = () -> {
            boolean on = Boolean.TRUE.equals(active.getValue());
            b.setGraphic(new FontIcon(on ? onIcon : offIcon));
            b.getTooltip().setText(on ? onTip : offTip);
            b.setAccessibleText(on ? onTip : offTip);
            b.pseudoClassStateChanged(ACTIVE, on);
        };
        active.addListener((o, was, now) -> show.run());
        show.run();
        return b;
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");
}
