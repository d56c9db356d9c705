package im.parley.ui.chat;

import im.parley.ui.app.NextPulse;
import im.parley.ui.chat.ChatRow.MessageRow;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The conversation pane: the messages (a virtualized list that opens at the newest, pages older
 * history in at the top and keeps its place), the find bar over them, and the composer below.
 * The header is the shell's; it binds to {@link ChatViewModel#titleProperty} and
 * {@link ChatViewModel#typingProperty}.
 */
public final class ChatView {
    static final String STYLESHEET = Objects.requireNonNull(ChatView.class.getResource("/themes/chat.css"))
            .toExternalForm();
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ChatViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<ChatRow> list;
    private final ComposerView composer;
    /** Kept here: the chain of lazy mappings only lives while something holds it. */
    private final ObservableValue<Boolean> showing;
    private VirtualFlow<?> flow;
    /** Whether new rows keep the view at the bottom: true until the user scrolls up. */
    private boolean stickToBottom = true;
    /** Whether stickToBottom is to be worked out again after the coming layout. */
    private boolean stickRecheck;
    /** The message to keep in place while rows change above it, null when none is held. */
    private Anchor anchor;

    /** A message by key, the row it was at and its distance from the top of the list. */
    private record Anchor(long key, int index, double offset) {
    }

    /** @param linkOpener opens a link the user clicked (http, https or xmpp only) */
    public ChatView(ChatViewModel model, Consumer<URI> linkOpener) {
        this.model = model;
        EmojiPicker picker = new EmojiPicker();
        composer = new ComposerView(model.composer(), picker);
        list = new ListView<>(model.rows());
        list.setId("messages");
        list.getStyleClass().add("messages");
        list.setAccessibleText("Messages");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setFocusTraversable(true);
        MessageMenu menu = new MessageMenu(model, picker, this::focusComposer);
        list.setCellFactory(v -> cell(model, linkOpener, menu));
        list.setPlaceholder(placeholder());
        list.skinProperty().addListener((o, was, now) -> attachFlow());
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                loadOlderAtTop();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        model.rows().addListener((ListChangeListener<ChatRow>) c -> rowsChanged());
        model.highlightedProperty().addListener((o, was, key) -> {
            if (key != null) {
                reveal(key);
            }
        });

        FindBar find = new FindBar(model.find(), this::focusComposer);
        StackPane.setAlignment(find.root(), Pos.TOP_RIGHT);
        StackPane.setMargin(find.root(), new Insets(8, 16, 0, 0));
        ProgressIndicator loading = new ProgressIndicator();
        loading.getStyleClass().add("loading-older");
        loading.setMaxSize(24, 24);
        loading.visibleProperty().bind(model.paging().loadingOlderProperty());
        loading.setAccessibleText("Loading older messages");
        StackPane.setAlignment(loading, Pos.TOP_CENTER);
        StackPane.setMargin(loading, new Insets(8, 0, 0, 0));
        StackPane center = new StackPane(list, loading, jumpToLatest(), find.root());
        center.getStyleClass().add("messages-pane");

        root.setCenter(center);
        root.setBottom(new javafx.scene.layout.VBox(notice(), composer.root()));
        root.getStyleClass().add("chat-view");
        root.getStylesheets().add(STYLESHEET);
        // A filter: the text area would otherwise take Ctrl+F for itself.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                model.find().show();
                e.consume();
            }
        });
        showing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> shown(now));
        shown(showing.getValue());
    }

    /** The pane the shell puts on the right of its window. */
    public Parent root() {
        return root;
    }

    /** Puts the caret in the composer, as when the conversation opens. */
    public void focusComposer() {
        composer.focus();
    }

    private void shown(boolean now) {
        model.setShown(now);
        if (now) {
            Platform.runLater(this::focusComposer);
        }
    }

    private ListCell<ChatRow> cell(ChatViewModel model, Consumer<URI> linkOpener, MessageMenu menu) {
        return new MessageCell(model, linkOpener, list.widthProperty(), menu);
    }

    private Label placeholder() {
        Label empty = new Label();
        empty.getStyleClass().add("placeholder");
        empty.textProperty().bind(Bindings.when(model.paging().loadedProperty())
                .then("No messages yet. Say hello below.").otherwise("Loading messages…"));
        return empty;
    }

    private Button jumpToLatest() {
        Button jump = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
        jump.getStyleClass().addAll("jump-latest", "button-circle");
        jump.setAccessibleText("Jump to the newest message");
        jump.setTooltip(new javafx.scene.control.Tooltip("Jump to the newest message"));
        jump.setVisible(false);
        jump.visibleProperty().bind(model.paging().detachedProperty());
        jump.setOnAction(e -> {
            stickToBottom = true;
            model.paging().jumpToLatest();
            scrollToBottom();
        });
        StackPane.setAlignment(jump, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(jump, new Insets(0, 20, 16, 0));
        return jump;
    }

    private HBox notice() {
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        text.textProperty().bind(model.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll("button-icon", "flat");
        close.setAccessibleText("Dismiss");
        close.setOnAction(e -> model.dismissNotice());
        HBox box = new HBox(8, text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("notice");
        box.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void attachFlow() {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> f) {
            flow = f;
            flow.positionProperty().addListener((o, was, now) -> scrolled(was.doubleValue(), now.doubleValue()));
            scrollToBottom();
        }
    }

    private void scrolled(double was, double now) {
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return;
        }
        stickToBottom = now >= 1.0 || lastVisibleIndex() >= list.getItems().size() - 1;
        if (!stickRecheck) {
            // Again once laid out: a jump of the scroll bar moves the position before the cells,
            // which would still show the bottom.
            stickRecheck = true;
            onNextPulse(false, () -> {
                stickRecheck = false;
                if (flow.getFirstVisibleCell() != null) {
                    stickToBottom = flow.getPosition() >= 1.0 || lastVisibleIndex() >= list.getItems().size() - 1;
                }
            });
        }
        model.setNewestVisible(stickToBottom && !model.paging().detachedProperty().get());
        if (now <= 0 && was > 0) {
            // Later, not inside the flow's own position change, which would undo the scroll that keeps the place.
            Platform.runLater(this::loadOlderAtTop);
        }
    }

    private void rowsChanged() {
        if (stickToBottom && !model.paging().detachedProperty().get()) {
            scrollToBottom();
        } else if (anchor == null) {
            holdPlace();
        }
    }

    /**
     * Notes which message is at the top and where, to keep it there once the rows have changed.
     * Taken at the first change of a batch (an older page is one insert and a few replaced rows):
     * the cells then still hold the rows they showed, where later changes of the batch would
     * already have put new rows in them. Restored before the next layout, once the batch is done.
     */
    private void holdPlace() {
        // Only while shown: pulses, which restore and release the place, come only then.
        if (flow == null || flow.getFirstVisibleCell() == null || !showing.getValue()) {
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        for (int i = first; i <= first + 3; i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            // Messages only: a day's separator moves up when older messages of that day come in.
            if (cell != null && cell.getItem() instanceof MessageRow m) {
                anchor = new Anchor(m.message().key(), i, cell.getLayoutY());
                onNextPulse(true, this::restorePlace);
                return;
            }
        }
    }

    /** Runs {@code then} once in the next pulse, before or after its layout. */
    private void onNextPulse(boolean beforeLayout, Runnable then) {
        Scene scene = list.getScene();
        if (scene == null) {
            return;
        }
        if (beforeLayout) {
            NextPulse.beforeLayout(scene, then);
        } else {
            NextPulse.afterLayout(scene, then);
        }
    }

    private void restorePlace() {
        Anchor held = anchor;
        anchor = null;
        int at = held == null ? -1 : indexOf(held.key());
        if (at >= 0 && at != held.index() && !(stickToBottom && !model.paging().detachedProperty().get())) {
            // Lay the new rows out first: placed from estimated heights, the row would land rows away.
            list.layout();
            flow.scrollToTop(at);
            // And again: scrollToTop only sets the position, and pixels scrolled before the next
            // layout would count from the old one.
            list.layout();
            flow.scrollPixels(-held.offset());
        }
    }

    private void scrollToBottom() {
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
            // Again after the coming layout: a list not yet laid out (just put in the window) lets
            // the first scroll go, and would open at the oldest loaded message.
            Platform.runLater(() -> {
                if (stickToBottom && !list.getItems().isEmpty()) {
                    list.scrollTo(list.getItems().size() - 1);
                }
            });
            Platform.runLater(() -> model.setNewestVisible(stickToBottom && !model.paging().detachedProperty().get()));
        }
    }

    /** Brings a find hit into view, a little below the top so that what led to it shows too. */
    private void reveal(long key) {
        int at = indexOf(key);
        if (at >= 0) {
            stickToBottom = false;
            // The hit's place wins over the one held while the rows changed.
            anchor = null;
            list.scrollTo(Math.max(0, at - 2));
        }
    }

    /**
     * Pages older history in when the list is at its top, checked now rather than when the
     * position passed 0: laying out a page that came in moves the position through 0 and back
     * (before the place is restored), which would otherwise ask for a second page at once.
     */
    private void loadOlderAtTop() {
        if (anchor == null && flow != null && flow.getPosition() <= 0) {
            model.paging().loadOlder();
        }
    }

    private int lastVisibleIndex() {
        return flow.getLastVisibleCell() == null ? -1 : flow.getLastVisibleCell().getIndex();
    }

    private int indexOf(long key) {
        for (int i = list.getItems().size() - 1; i >= 0; i--) {
            if (list.getItems().get(i) instanceof MessageRow m && m.message().key() == key) {
                return i;
            }
        }
        return -1;
    }

    private void copySelection() {
        String text = list.getSelectionModel().getSelectedItems().stream()
                .filter(MessageRow.class::isInstance).map(MessageRow.class::cast)
                .map(MessageCell::plainText).collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
