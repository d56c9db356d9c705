package im.parley.ui.rooms;

import im.parley.ui.chat.EmojiPicker;
import im.parley.ui.chat.StyledBody;
import im.parley.ui.theme.Avatar;
import im.parley.ui.theme.ConsistentColor;
import im.parley.ui.theme.Themes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.jid.Jid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A room on screen: its conversation in the middle, the occupants by role on the right (a
 * contact's picture where the room shows who they are, their moderation in a context menu), the
 * composer below (Enter sends, Shift+Enter breaks the line, Tab completes a nick, Shift+Tab goes back
 * to the occupants).
 */
final class RoomView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final RoomViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<RoomLine> lines = new ListView<>();
    private final TextArea composer = new TextArea();
    private EmojiPicker emojiPicker;
    private final ListView<OccupantRow> occupants = new ListView<>();

    /**
     * @param pictures a contact's picture by their bare JID, or null for someone not in the roster
     */
    RoomView(RoomViewModel model, RoomAdminModel admin, VoiceModel voice,
             Function<Jid, ObservableValue<Image>> pictures, Consumer<Occupant> privateMessage, Consumer<URI> links) {
        this.model = model;
        lines.setId("roomMessages");
        lines.getStyleClass().add("room-messages");
        lines.setItems(model.lines());
        lines.setCellFactory(l -> new LineCell(model, admin, links));
        lines.setFocusTraversable(false);
        Label empty = new Label("No messages yet. Say hello.");
        empty.getStyleClass().add("empty-state");
        lines.setPlaceholder(empty);
        // New lines at the end scroll into view; the stored page put before them does not move the view.
        model.lines().addListener((ListChangeListener<RoomLine>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getTo() == model.lines().size()) {
                    Platform.runLater(() -> lines.scrollTo(model.lines().size() - 1));
                }
            }
        });

        occupants.setItems(model.occupantRows());
        occupants.setId("roomOccupants");
        occupants.getStyleClass().addAll("sidebar-list", "room-occupants");
        occupants.setCellFactory(l -> new OccupantCell(admin, pictures, privateMessage));
        occupants.setPrefWidth(210);
        occupants.setMinWidth(160);
        OccupantListKeys.install(occupants, admin, this::address, privateMessage);

        root.setCenter(new VBox(problemBar(), joinBar(), VoiceBars.requests(voice), lines));
        VBox.setVgrow(lines, Priority.ALWAYS);
        root.setRight(occupants);
        root.setBottom(composer(voice));
        root.getStyleClass().add("room-view");
    }

    Node root() {
        return root;
    }

    void focusComposer() {
        composer.requestFocus();
        composer.end();
    }

    private Node problemBar() {
        Label text = new Label();
        text.setId("roomProblem");
        text.textProperty().bind(model.problemProperty());
        text.setWrapText(true);
        Button dismiss = new Button(null, new FontIcon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        dismiss.getStyleClass().addAll("button-icon", "flat");
        dismiss.setAccessibleText("Dismiss");
        dismiss.setOnAction(e -> model.dismissProblem());
        HBox bar = new HBox(8, text, dismiss);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(model.problemProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * Offered while the user is not in the room: after a restart, a leave, or a removal. For a room
     * found gone, joining makes it anew, and the bar says so rather than promise the old room.
     */
    private Node joinBar() {
        Label text = new Label();
        text.textProperty().bind(Bindings.when(model.goneProperty())
                .then("Joining makes a new room here, with you as its owner.").otherwise("You are not in this room."));
        Button join = new Button();
        join.textProperty().bind(Bindings.when(model.goneProperty()).then("Make it again").otherwise("Join"));
        join.setId("roomJoin");
        join.setOnAction(e -> model.join());
        join.disableProperty().bind(model.joiningProperty());
        join.accessibleTextProperty().bind(Bindings.when(model.goneProperty())
                .then("Make the room again").otherwise("Join the room"));
        HBox bar = new HBox(8, text, join);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(model.joinedProperty().not());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** As in a one-to-one conversation; the picker (every emoji's name) is made at the first click. */
    private Button emojiButton() {
        Button emoji = new Button(null, new FontIcon(Material2MZ.MOOD));
        emoji.setId("roomEmoji");
        emoji.getStyleClass().addAll("button-icon", "flat");
        emoji.setAccessibleText("Insert emoji");
        emoji.setTooltip(new Tooltip("Insert emoji"));
        emoji.disableProperty().bind(composer.disableProperty());
        emoji.setOnAction(e -> {
            if (emojiPicker == null) {
                emojiPicker = new EmojiPicker();
            }
            Bounds b = emoji.localToScreen(emoji.getBoundsInLocal());
            emojiPicker.show(emoji, b.getMinX(), b.getMinY() - 260, text -> {
                composer.replaceSelection(text);
                composer.requestFocus();
            });
        });
        return emoji;
    }

    /** Enter on an occupant: their nick addresses the message being written. */
    private void address(String nick) {
        composer.setText(Mentions.addressed(composer.getText(), nick));
        focusComposer();
    }

    private Node composer(VoiceModel voice) {
        composer.setId("roomComposer");
        composer.setWrapText(true);
        composer.setPrefRowCount(1);
        composer.promptTextProperty().bind(Bindings.when(model.joinedProperty())
                .then(Bindings.when(voice.visitor()).then("Visitors cannot write here").otherwise("Write to the room"))
                .otherwise("Not in the room"));
        composer.setAccessibleText("Message to the room");
        composer.textProperty().bindBidirectional(model.draftProperty());
        composer.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        composer.disableProperty().bind(voice.visitor());
        HBox.setHgrow(composer, Priority.ALWAYS);
        Button send = new Button(null, new FontIcon(Material2MZ.SEND));
        send.setId("roomSend");
        send.getStyleClass().addAll("button-icon", "flat", "send");
        send.setAccessibleText("Send");
        send.disableProperty().bind(Bindings.createBooleanBinding(() -> model.draftProperty().get().isBlank()
                || !model.joinedProperty().get() || voice.visitor().get(), model.draftProperty(), model.joinedProperty(),
                voice.visitor()));
        send.setOnAction(e -> {
            model.send();
            composer.requestFocus();
        });
        HBox line = new HBox(6, emojiButton(), composer, send);
        line.setAlignment(Pos.BOTTOM_CENTER);
        line.getStyleClass().add("composer-line");
        VBox box = new VBox(6, VoiceBars.visitorHint(voice), line);
        box.getStyleClass().add("composer");
        return box;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
            if (model.joinedProperty().get()) {
                model.send();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            composer.insertText(composer.getCaretPosition(), "\n");
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && e.isShiftDown() && !e.isControlDown()) {
            // The text area would keep Shift+Tab; it goes back to the occupants, the region before it.
            occupants.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            completeNick();
            e.consume();
        }
    }

    /** Tab: the word before the caret becomes the first nick it starts (with ": " at the line's start). */
    private void completeNick() {
        String text = composer.getText();
        int caret = composer.getCaretPosition();
        int start = caret;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, caret);
        if (prefix.isEmpty()) {
            return;
        }
        List<String> nicks = model.nicksStartingWith(prefix);
        if (nicks.isEmpty()) {
            return;
        }
        String completed = nicks.get(0) + (start == 0 ? ": " : " ");
        composer.replaceText(start, caret, completed);
        composer.positionCaret(start + completed.length());
    }

    /** Calls {@code show} with the screen point of a menu request or a right click on {@code cell}. */
    private static void onMenuRequest(ListCell<?> cell, BiConsumer<Double, Double> show) {
        cell.setOnContextMenuRequested(e -> {
            show.accept(e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // Some platforms (the headless one among them) send no menu request for a right click.
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                show.accept(e.getScreenX(), e.getScreenY());
            }
        });
    }

    private static final class LineCell extends ListCell<RoomLine> {
        private final Label nick = new Label();
        private final Label time = new Label();
        /** The message, styled (XEP-0393) and with its links; notices plain. */
        private final TextFlow body = new TextFlow();
        private final StyledBody styledBody;
        /** How the user's own message is doing until the room echoes it: sending, or not sent. */
        private final Label delivery = new Label();
        private final Button sendAgain = new Button("Send again");
        private final VBox box;
        private ContextMenu menu;

        LineCell(RoomViewModel model, RoomAdminModel admin, Consumer<URI> links) {
            styledBody = new StyledBody("room-text", "room-link", links);
            onMenuRequest(this, (x, y) -> showMenu(admin, x, y));
            nick.getStyleClass().add("room-nick");
            time.getStyleClass().add("secondary-line");
            body.getStyleClass().add("room-body");
            delivery.getStyleClass().add("room-delivery");
            sendAgain.getStyleClass().addAll("flat", "small", "room-send-again");
            sendAgain.setOnAction(e -> {
                if (getItem() != null) {
                    model.sendAgain(getItem());
                }
            });
            HBox header = new HBox(8, nick, time, delivery, sendAgain);
            header.setAlignment(Pos.BASELINE_LEFT);
            box = new VBox(1, header, body);
            box.setPadding(new Insets(3, 12, 3, 12));
            setPrefWidth(0);
        }

        /** A moderator may remove someone's message for everyone (XEP-0425), saying why. */
        private void showMenu(RoomAdminModel admin, double x, double y) {
            RoomLine line = getItem();
            if (menu != null && menu.isShowing() || line == null || !admin.mayRemove(line)) {
                return;
            }
            MenuItem remove = new MenuItem("Remove for everyone…");
            remove.setId("removeMessage");
            remove.getStyleClass().add("danger");
            remove.setOnAction(e -> RoomDialogs.ask(this, "Remove the message",
                    "Remove " + line.nick() + "'s message for everyone in the room? You may say why.", "Remove", "",
                    "removalReason", true, true).ifPresent(reason -> admin.remove(line, reason)));
            menu = new ContextMenu(remove);
            menu.show(this, x, y);
        }

        @Override
        protected void updateItem(RoomLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("room-notice", "room-mention", "room-removed", "room-pending", "room-failed");
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String when = TIME.format(line.time().atZone(ZoneId.systemDefault()));
            if (line.notice()) {
                getStyleClass().add("room-notice");
                nick.setText("");
                nick.setVisible(false);
            } else {
                nick.setVisible(true);
                nick.setText(line.nick());
                nick.setTextFill(ConsistentColor.ofText(line.nick(), Themes.current() == Themes.Theme.DARK));
            }
            if (line.mention()) {
                getStyleClass().add("room-mention");
            }
            if (line.removed()) {
                getStyleClass().add("room-removed");
            }
            time.setText(when);
            showDelivery(line);
            List<Node> parts = new ArrayList<>();
            if (line.notice() || line.removed()) {
                styledBody.addPlainTo(parts, line.body());
            } else if (line.unstyled()) {
                styledBody.addUnstyledTo(parts, line.body());
            } else {
                styledBody.addTo(parts, line.body());
            }
            // Setting the same nodes again would take them out of the scene and style them anew.
            if (!parts.equals(body.getChildren())) {
                body.getChildren().setAll(parts);
            }
            body.maxWidthProperty().bind(widthProperty().subtract(40));
            setGraphic(box);
            setAccessibleText((line.notice() ? line.body() : line.nick() + ": " + line.body())
                    + (delivery.isVisible() ? ". " + delivery.getText() : ""));
        }

        private void showDelivery(RoomLine line) {
            String state = line.pending() ? "Sending…"
                    : line.failed() ? (line.failure() == null ? "Not sent." : "Not sent. " + line.failure()) : null;
            delivery.setText(state);
            delivery.setVisible(state != null);
            delivery.setManaged(state != null);
            sendAgain.setVisible(line.failed());
            sendAgain.setManaged(line.failed());
            if (line.pending()) {
                getStyleClass().add("room-pending");
            } else if (line.failed()) {
                getStyleClass().add("room-failed");
            }
        }
    }

    private static final class OccupantCell extends ListCell<OccupantRow> {
        private final Function<Jid, ObservableValue<Image>> pictures;
        private final Avatar avatar = new Avatar(26);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox entry;
        private ContextMenu menu;

        OccupantCell(RoomAdminModel admin, Function<Jid, ObservableValue<Image>> pictures,
                     Consumer<Occupant> privateMessage) {
            this.pictures = pictures;
            // Built when asked for, so that it follows the user's role and the occupant's as they are then.
            onMenuRequest(this, (x, y) -> showMenu(admin, privateMessage, x, y));
            name.getStyleClass().add("primary-line");
            detail.getStyleClass().add("secondary-line");
            VBox text = new VBox(0, name, detail);
            entry = new HBox(8, avatar, text);
            entry.setAlignment(Pos.CENTER_LEFT);
        }

        private void showMenu(RoomAdminModel admin, Consumer<Occupant> privateMessage, double x, double y) {
            if (menu != null && menu.isShowing() || !(getItem() instanceof OccupantRow.Entry row)) {
                return;
            }
            menu = OccupantMenu.of(admin, row.occupant(), this, privateMessage);
            if (menu != null) {
                menu.show(this, x, y);
            }
        }

        @Override
        protected void updateItem(OccupantRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("heading-cell");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                avatar.picture(null);
                return;
            }
            if (row instanceof OccupantRow.Heading h) {
                getStyleClass().add("heading-cell");
                setGraphic(null);
                setText(h.label().toUpperCase() + "  " + h.count());
                return;
            }
            Occupant o = ((OccupantRow.Entry) row).occupant();
            setText(null);
            avatar.show(o.jid().toString(), o.nick());
            avatar.picture(o.realJid() == null ? null : pictures.apply(o.realJid().bare()));
            avatar.presence(o.show() == null ? "online" : o.show() == im.parley.xmpp.stanza.Presence.Show.DND
                    ? "busy" : "away");
            name.setText(o.nick());
            String line = OccupantText.detail(o);
            detail.setText(line);
            detail.setVisible(!line.isEmpty());
            detail.setManaged(!line.isEmpty());
            setGraphic(entry);
            setAccessibleText(OccupantText.accessible(o));
        }
    }
}
