package im.parley.ui.profile;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem.Kind;
import im.parley.ui.theme.Avatar;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.pubsub.AccessModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The profile editor: each item in its own section with who may see it and a Clear button, the
 * avatar cropped by dragging and zooming, and beside them what contacts will see.
 */
public final class ProfileEditor {
    private static final double CROP_SIDE = 144;
    private final ProfileEditorViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextField nick = new TextField();
    private Runnable onClose = () -> { };
    private double dragX;
    private double dragY;

    public ProfileEditor(ProfileEditorViewModel model) {
        this.model = model;
        VBox sections = new VBox(18, pictureSection(), nickSection(), moodSection(), activitySection(), tuneSection(),
                locationSection());
        sections.setPadding(new Insets(18, 18, 18, 22));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        root.setRight(preview());
        root.setBottom(buttons());
        root.setId("profileEditor");
        root.getStyleClass().add("profile-editor");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::paste);
    }

    public Parent root() {
        return root;
    }

    /** What Close does (the window closes itself). */
    public void onClose(Runnable action) {
        onClose = action;
    }

    /** The field to fill first. */
    public void focus() {
        Platform.runLater(nick::requestFocus);
    }

    private Node pictureSection() {
        Avatar crop = new Avatar(CROP_SIDE);
        crop.setId("avatarCrop");
        crop.show(model.jid().toString(), model.jid().local());
        crop.picture(model.pictureProperty());
        crop.crop(viewport());
        crop.setFocusTraversable(true);
        crop.setAccessibleText("Your picture: drag to move it, scroll to zoom, paste or drop a picture file");
        crop.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            crop.requestFocus();
        });
        crop.setOnMouseDragged(e -> {
            Image image = model.pictureProperty().get();
            if (image != null && model.croppable()) {
                model.cropProperty().set(model.cropProperty().get().dragged(e.getX() - dragX, e.getY() - dragY,
                        CROP_SIDE, image.getWidth(), image.getHeight()));
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        Slider zoom = new Slider(1, SquareCrop.MAX_ZOOM, 1);
        zoom.setId("avatarZoom");
        zoom.setAccessibleText("Zoom the picture");
        crop.setOnScroll(e -> zoom.setValue(zoom.getValue() + Math.signum(e.getDeltaY()) * 0.2));
        zoom.valueProperty().addListener((o, was, now) -> {
            if (model.croppable()) {
                model.cropProperty().set(model.cropProperty().get().zoomed(now.doubleValue()));
            }
        });
        model.cropProperty().addListener((o, was, now) -> zoom.setValue(now.zoom()));
        crop.setOnDragOver(e -> {
            if (pictureFile(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        crop.setOnDragDropped(e -> {
            Optional<Path> file = pictureFile(e.getDragboard());
            file.ifPresent(model::choosePicture);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
        Button choose = new Button("Choose a picture…");
        choose.setId("choosePicture");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Your picture");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg",
                    "*.jpeg", "*.gif", "*.bmp"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.choosePicture(file.toPath());
            }
        });
        Label hint = new Label("Drag the picture to move it and scroll to zoom. You can also paste (Ctrl+V) or drop"
                + " a picture file here. It is sent as a square PNG of at most 192 pixels.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        zoom.disableProperty().bind(model.pictureProperty().isNull());
        VBox side = new VBox(10, choose, zoom, hint);
        side.setMinWidth(0);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox box = new HBox(18, crop, side);
        box.setAlignment(Pos.CENTER_LEFT);
        return section("Picture", Kind.AVATAR, box);
    }

    private javafx.beans.value.ObservableValue<Rectangle2D> viewport() {
        return Bindings.createObjectBinding(() -> {
            Image image = model.pictureProperty().get();
            if (image == null) {
                return null;
            }
            double[] r = model.cropProperty().get().region(image.getWidth(), image.getHeight());
            return new Rectangle2D(r[0], r[1], r[2], r[2]);
        }, model.pictureProperty(), model.cropProperty());
    }

    /** Ctrl+V outside a text field: a picture file on the clipboard becomes the avatar. */
    private void paste(KeyEvent e) {
        if (e.getCode() != KeyCode.V || !e.isShortcutDown()
                || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Optional<Path> file = clipboard.hasFiles() ? pictureFile(clipboard.getFiles()) : Optional.empty();
        file.ifPresent(model::choosePicture);
        if (file.isPresent()) {
            e.consume();
        }
    }

    private static Optional<Path> pictureFile(Dragboard board) {
        return board.hasFiles() ? pictureFile(board.getFiles()) : Optional.empty();
    }

    private static Optional<Path> pictureFile(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT)
                .matches(".*\\.(png|jpe?g|gif|bmp)")).findFirst().map(File::toPath);
    }

    private Node nickSection() {
        nick.setId("nick");
        nick.setPromptText("The name you would like contacts to call you");
        nick.textProperty().bindBidirectional(model.nickProperty());
        return section("Nickname", Kind.NICK, nick);
    }

    private Node moodSection() {
        ComboBox<Mood> mood = searchable(List.of(Mood.values()), ProfileText::moodChoice, "moodChoice",
                "How do you feel? Type to search");
        mood.valueProperty().bindBidirectional(model.moodProperty());
        TextField text = field("moodText", "Say more (optional)", model.moodTextProperty());
        text.disableProperty().bind(model.moodProperty().isNull());
        HBox row = new HBox(8, mood, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        return section("Mood", Kind.MOOD, row);
    }

    private Node activitySection() {
        ComboBox<GeneralActivity> general = searchable(List.of(GeneralActivity.values()), ProfileText::words,
                "activityGeneral", "What are you doing?");
        general.valueProperty().bindBidirectional(model.generalActivityProperty());
        ComboBox<SpecificActivity> specific = searchable(List.of(SpecificActivity.values()), ProfileText::words,
                "activitySpecific", "More precisely (optional)");
        specific.valueProperty().bindBidirectional(model.specificActivityProperty());
        specific.disableProperty().bind(model.generalActivityProperty().isNull());
        TextField text = field("activityText", "Say more (optional)", model.activityTextProperty());
        text.disableProperty().bind(model.generalActivityProperty().isNull());
        HBox row = new HBox(8, general, specific);
        return section("Activity", Kind.ACTIVITY, row, text);
    }

    private Node tuneSection() {
        GridPane grid = grid();
        grid.addRow(0, new Label("Artist"), field("tuneArtist", "", model.artistProperty()),
                new Label("Title"), field("tuneTitle", "", model.titleProperty()));
        grid.addRow(1, new Label("Album or source"), field("tuneSource", "", model.sourceProperty()),
                new Label("Track"), field("tuneTrack", "", model.trackProperty()));
        return section("Listening to", Kind.TUNE, grid);
    }

    private Node locationSection() {
        GridPane grid = grid();
        grid.addRow(0, new Label("Latitude"), field("latitude", "45.44", model.latitudeProperty()),
                new Label("Longitude"), field("longitude", "12.33", model.longitudeProperty()));
        TextField place = field("place", "A place, e.g. Venice", model.placeProperty());
        grid.add(new Label("Place"), 0, 1);
        grid.add(place, 1, 1, 3, 1);
        return section("Location", Kind.LOCATION, grid);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    /** A title, who may see it and Clear above {@code content}. */
    private Node section(String title, Kind kind, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        ComboBox<AccessModel> who = new ComboBox<>(FXCollections.observableArrayList(ProfileEditorViewModel.AUDIENCES));
        who.setId("access-" + kind.label());
        who.setAccessibleText("Who may see your " + title.toLowerCase(Locale.ROOT));
        who.setConverter(converter(ProfileEditorViewModel::audience));
        who.valueProperty().bindBidirectional(model.accessProperty(kind));
        who.getStyleClass().add("flat");
        Label seenBy = new Label("Seen by");
        seenBy.getStyleClass().add("text-muted");
        Button clear = new Button("Clear");
        clear.setId("clear-" + kind.label());
        clear.getStyleClass().add("flat");
        clear.setAccessibleText("Clear your " + title.toLowerCase(Locale.ROOT));
        clear.setOnAction(e -> model.clear(kind));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, heading, grow, seenBy, who, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, head);
        box.getChildren().addAll(content);
        box.getStyleClass().add("profile-section");
        return box;
    }

    /** A combo that narrows its list to what the user types. */
    private static <T> ComboBox<T> searchable(List<T> values, java.util.function.Function<T, String> label, String id,
                                              String prompt) {
        FilteredList<T> shown = new FilteredList<>(FXCollections.observableArrayList(values));
        ComboBox<T> combo = new ComboBox<>(shown);
        combo.setId(id);
        combo.setEditable(true);
        combo.setPromptText(prompt);
        combo.setAccessibleText(prompt);
        combo.setPrefWidth(260);
        combo.setVisibleRowCount(12);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                String typed = fold(text);
                if (typed.isEmpty()) {
                    return null;
                }
                return values.stream().filter(v -> fold(label.apply(v)).equals(typed)).findFirst()
                        .or(() -> values.stream().filter(v -> fold(label.apply(v)).startsWith(typed)).findFirst())
                        .or(() -> shown.stream().findFirst()).orElse(null);
            }
        };
        combo.setConverter(converter);
        // Enter takes what the typed text names: the first of the narrowed list when it names none exactly.
        // The open list has the keys while it shows, the combo otherwise: both hand Enter over.
        javafx.event.EventHandler<KeyEvent> enter = e -> {
            if (e.getCode() == KeyCode.ENTER) {
                T value = converter.fromString(combo.getEditor().getText());
                combo.hide();
                shown.setPredicate(null);
                combo.setValue(value);
                combo.getEditor().setText(converter.toString(value));
                e.consume();
            }
        };
        combo.addEventFilter(KeyEvent.KEY_PRESSED, enter);
        combo.skinProperty().addListener((o, was, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> list) {
                list.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, enter);
            }
        });
        combo.getEditor().textProperty().addListener((o, was, now) -> {
            T chosen = combo.getValue();
            if (chosen != null && converter.toString(chosen).equals(now)) {
                shown.setPredicate(null);
                return;
            }
            String typed = fold(now);
            // After the text change is done: the list must not change under the combo's own handling.
            Platform.runLater(() -> {
                int before = shown.size();
                shown.setPredicate(v -> fold(label.apply(v)).contains(typed));
                // An open list keeps the size and place it opened with: shown again, it fits what is left.
                if (combo.isShowing() && (shown.isEmpty() || shown.size() != before)) {
                    combo.hide();
                }
                if (!shown.isEmpty() && combo.isFocused() && !combo.isShowing()) {
                    combo.show();
                }
            });
        });
        return combo;
    }

    /** Letters and digits only, lower case: "😀  Happy" and "happy" match. */
    private static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }

    private Node preview() {
        Label heading = new Label("What your contacts see");
        heading.getStyleClass().add("title-4");
        Avatar avatar = new Avatar(72);
        avatar.show(model.jid().toString(), model.jid().local());
        avatar.picture(Bindings.createObjectBinding(() -> model.accessProperty(Kind.AVATAR).get() == AccessModel.WHITELIST
                ? null : model.pictureProperty().get(), model.pictureProperty(), model.accessProperty(Kind.AVATAR)));
        avatar.crop(viewport());
        Label name = new Label();
        name.setId("previewName");
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        Label address = new Label(model.jid().toString());
        address.getStyleClass().add("text-muted");
        address.setWrapText(true);
        VBox lines = new VBox(8);
        lines.setId("previewLines");
        Runnable fill = () -> {
            Profile p = model.previewProperty().get();
            name.setText(p.item(im.parley.client.profile.ProfileItem.Nick.class).map(n -> n.value().value())
                    .orElse(model.jid().local()));
            lines.getChildren().clear();
            for (Map.Entry<String, String> line : ProfileText.lines(p)) {
                if (line.getKey().equals("Nickname")) {
                    continue;
                }
                Label key = new Label(line.getKey());
                key.getStyleClass().add("text-muted");
                Label value = new Label(line.getValue());
                value.setWrapText(true);
                lines.getChildren().add(new VBox(1, key, value));
            }
            if (lines.getChildren().isEmpty()) {
                Label none = new Label("Only your name and picture: fill in a mood, an activity, a tune or a place"
                        + " to share more.");
                none.setWrapText(true);
                none.getStyleClass().add("text-muted");
                lines.getChildren().add(none);
            }
        };
        model.previewProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        VBox card = new VBox(10, heading, avatar, name, address, lines);
        card.setPadding(new Insets(18));
        card.setPrefWidth(250);
        card.setMinWidth(220);
        card.getStyleClass().add("profile-preview");
        return card;
    }

    private Node buttons() {
        Label error = new Label();
        error.setId("profileError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        Label status = new Label();
        status.setId("profileStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Button close = new Button("Close");
        close.setId("closeProfile");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        Button save = new Button("Save");
        save.setId("saveProfile");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(10, progress, status, grow, close, save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, error, row);
        box.setPadding(new Insets(12, 18, 14, 18));
        box.getStyleClass().add("profile-buttons");
        return box;
    }
}
