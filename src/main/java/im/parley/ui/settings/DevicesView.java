package im.parley.ui.settings;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CameraDevice;
import im.parley.ui.call.VideoFrames;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Call devices: microphone with its level, speaker, camera with its picture, and the test call. */
public final class DevicesView {
    private static final double PREVIEW_WIDTH = 320;
    private static final double PREVIEW_HEIGHT = 240;

    private final VBox root;
    /** Kept here: the chain of lazy mappings only lives while something holds it. */
    private final ObservableValue<Boolean> showing;

    public DevicesView(DevicesViewModel model, java.util.concurrent.Executor ui) {
        ComboBox<AudioDevice> microphones = choice("microphones", model.microphones(), AudioDevice::name);
        microphones.valueProperty().bindBidirectional(model.microphoneProperty());
        microphones.setOnAction(e -> model.chooseMicrophone(microphones.getValue()));
        ProgressBar level = new ProgressBar();
        level.setId("microphoneLevel");
        level.setAccessibleText("Microphone level");
        level.progressProperty().bind(model.levelProperty());
        level.setMaxWidth(Double.MAX_VALUE);
        level.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.microphones()));
        level.managedProperty().bind(level.visibleProperty());

        ComboBox<AudioDevice> speakers = choice("speakers", model.speakers(), AudioDevice::name);
        speakers.valueProperty().bindBidirectional(model.speakerProperty());
        speakers.setOnAction(e -> model.chooseSpeaker(speakers.getValue()));

        ComboBox<CameraDevice> cameras = choice("cameras", model.cameras(), CameraDevice::name);
        cameras.valueProperty().bindBidirectional(model.cameraProperty());
        VideoFrames picture = new VideoFrames(ui);
        cameras.setOnAction(e -> model.chooseCamera(cameras.getValue(), picture));
        ImageView preview = new ImageView();
        preview.setId("cameraPreview");
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(true);
        preview.imageProperty().bind(picture.imageProperty());
        preview.visibleProperty().bind(picture.imageProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());

        Button echo = new Button("Start a test call", new FontIcon(Material2AL.CALL));
        echo.setId("echoTest");
        echo.disableProperty().bind(model.echoRunningProperty());
        echo.setOnAction(e -> model.echoTest());
        Label echoStatus = new Label();
        echoStatus.setId("echoStatus");
        echoStatus.setWrapText(true);
        echoStatus.textProperty().bind(model.echoStatusProperty());
        HBox echoRow = new HBox(10, echo, echoStatus);
        echoRow.setAlignment(Pos.CENTER_LEFT);

        root = SettingsLayout.page("Calls",
                SettingsLayout.group("Microphone", microphones, level,
                        none("noMicrophone", "No microphone found.", model, model.microphones())),
                SettingsLayout.group("Speaker", speakers, none("noSpeaker", "No speaker found.", model, model.speakers())),
                SettingsLayout.group("Camera", cameras, none("noCamera", "No camera found.", model, model.cameras()),
                        preview, SettingsLayout.note("Without a camera, a video call still shows the other side's"
                                + " picture, and they see a dark one.")),
                SettingsLayout.group("Test call", echoRow, SettingsLayout.note("Your voice goes through the whole call"
                        + " path, encrypted and back, so you hear what others would hear from you.")));
        showing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> {
            if (!now) {
                model.close();
            }
        });
        model.listedProperty().addListener((o, was, now) -> {
            if (now) {
                model.startMeter();
                model.startPreview(picture);
            }
        });
        model.load();
    }

    private static <T> ComboBox<T> choice(String id, ObservableList<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> cell(name));
        box.setButtonCell(cell(name));
        box.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(items));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }

    /** "No camera found." and the like: shown once the devices are listed and there are none. */
    private static Label none(String id, String text, DevicesViewModel model, ObservableList<?> devices) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("text-muted");
        l.visibleProperty().bind(model.listedProperty().and(javafx.beans.binding.Bindings.isEmpty(devices)));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public Node root() {
        return root;
    }
}
