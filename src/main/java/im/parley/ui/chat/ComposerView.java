package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatComposerModel.Mode;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The composer under the messages: a text area that grows with its text up to {@link #MAX_LINES}
 * lines, Enter to send and Shift+Enter for a new line, Up in an empty composer to edit the last
 * message, Esc to stop editing or replying; above it, what is being edited or replied to.
 */
final class ComposerView {
    static final int MAX_LINES = 6;

    private final ChatComposerModel model;
    private final VBox root = new VBox();
    private final TextArea area = new TextArea();

    ComposerView(ChatComposerModel model, EmojiPicker picker) {
        this.model = model;
        area.setId("composer");
        area.setWrapText(true);
        area.setPrefRowCount(1);
        area.setPromptText("Write a message");
        area.setAccessibleText("Message");
        area.textProperty().bindBidirectional(model.draftProperty());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        HBox.setHgrow(area, Priority.ALWAYS);
        area.skinProperty().addListener((o, was, now) -> growWithText());

        Button emoji = iconButton(new FontIcon(Material2MZ.MOOD), "Insert emoji");
        emoji.setOnAction(e -> {
            Bounds b = emoji.localToScreen(emoji.getBoundsInLocal());
            picker.show(emoji, b.getMinX(), b.getMinY() - 260, this::insert);
        });
        Button send = iconButton(new FontIcon(Material2MZ.SEND), "Send");
        send.setId("send");
        send.getStyleClass().add("send");
        send.disableProperty().bind(Bindings.createBooleanBinding(() -> model.draftProperty().get().isBlank(),
                model.draftProperty()));
        send.setOnAction(e -> {
            model.send();
            area.requestFocus();
        });
        HBox line = new HBox(6, emoji, area, send);
        line.setAlignment(Pos.BOTTOM_CENTER);
        line.getStyleClass().add("composer-line");

        root.getChildren().addAll(context(), line);
        root.getStyleClass().add("composer");
    }

    Node root() {
        return root;
    }

    void focus() {
        area.requestFocus();
        area.end();
    }

    private Node context() {
        FontIcon icon = new FontIcon();
        Label title = new Label();
        title.getStyleClass().add("context-title");
        Label snippet = new Label();
        snippet.getStyleClass().add("context-text");
        VBox texts = new VBox(1, title, snippet);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button close = iconButton(new FontIcon(Material2AL.CLOSE), "Cancel (Esc)");
        close.setOnAction(e -> {
            model.cancel();
            area.requestFocus();
        });
        Region bar = new Region();
        bar.getStyleClass().add("context-bar");
        HBox box = new HBox(8, bar, icon, texts, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("composer-context");
        box.setId("composerContext");
        Runnable update = () -> {
            Mode mode = model.modeProperty().get();
            HistoryMessage target = model.targetProperty().get();
            box.setVisible(mode != Mode.WRITING);
            box.setManaged(mode != Mode.WRITING);
            if (target == null) {
                return;
            }
            boolean editing = mode == Mode.EDITING;
            icon.setIconCode(editing ? Material2AL.EDIT : Material2MZ.REPLY);
            title.setText(editing ? "Editing" : "Replying to " + model.targetSender());
            snippet.setText(target.body().replace('\n', ' ') + (editing ? "   ·   Esc to cancel" : ""));
        };
        model.modeProperty().addListener((o, was, now) -> update.run());
        model.targetProperty().addListener((o, was, now) -> update.run());
        update.run();
        return box;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            if (e.isShiftDown()) {
                area.replaceSelection("\n");
            } else if (!e.isShortcutDown() && !e.isAltDown()) {
                model.send();
            }
        } else if (e.getCode() == KeyCode.UP && area.getText().isEmpty()) {
            if (model.editLast()) {
                e.consume();
                area.end();
            }
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (model.cancel()) {
                e.consume();
                area.end();
            }
        }
    }

    private void insert(String emoji) {
        area.replaceSelection(emoji);
        area.requestFocus();
    }

    /** Sizes the area to its text (wrapped lines included), from one line up to six, then it scrolls. */
    private void growWithText() {
        if (!(area.lookup(".text") instanceof Text text)) {
            return;
        }
        Text probe = new Text("X");
        area.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            probe.setFont(text.getFont());
            double line = probe.getLayoutBounds().getHeight();
            double content = Math.max(line, text.getLayoutBounds().getHeight());
            Node scroll = area.lookup(".content");
            double padding = scroll instanceof Region r ? r.snappedTopInset() + r.snappedBottomInset() : 8;
            return Math.min(content, line * MAX_LINES) + padding + area.snappedTopInset() + area.snappedBottomInset();
        }, text.layoutBoundsProperty(), text.fontProperty()));
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static Button iconButton(FontIcon icon, String name) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        return b;
    }
}
