package im.parley.ui.conversations;

import im.parley.client.history.ConversationSummary;
import im.parley.ui.theme.Avatar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The conversation list: newest first, with initials, last message, time and unread badge. */
public final class ConversationsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private final ListView<ConversationSummary> list = new ListView<>();

    /**
     * @param names the display name of a peer (the roster's name, a room's own name, else the address)
     * @param pictures a peer's picture, null while none is known
     * @param open called when the user picks a conversation
     */
    public ConversationsView(ConversationsViewModel model, Function<String, String> names,
                             Function<String, ObservableValue<Image>> pictures, Consumer<ConversationSummary> open) {
        list.setId("conversations");
        list.setAccessibleText("Conversations");
        list.getStyleClass().add("sidebar-list");
        list.setItems(model.items());
        list.setCellFactory(l -> new Cell(names, pictures));
        Label empty = new Label("No conversations yet.\nPick a contact to start one.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || !was.peer().equals(now.peer()))) {
                open.accept(now);
            }
        });
    }

    /** Names come from outside the summaries (a room's name, a contact's): shows them anew. */
    public void namesChanged() {
        list.refresh();
    }

    public ListView<ConversationSummary> root() {
        return list;
    }

    /** Selects the row of {@code peer} (or none) without reopening it. */
    public void select(String peer) {
        if (peer == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).peer().equals(peer)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    static String when(Instant time, ZoneId zone, LocalDate today) {
        if (time == null) {
            return "";
        }
        var local = time.atZone(zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE.format(local);
    }

    private static final class Cell extends ListCell<ConversationSummary> {
        private final Function<String, String> names;
        private final Function<String, ObservableValue<Image>> pictures;
        private final Avatar avatar = new Avatar(38);
        private final Label name = new Label();
        private final Label last = new Label();
        private final Label time = new Label();
        private final Label badge = new Label();
        private final HBox box;

        Cell(Function<String, String> names, Function<String, ObservableValue<Image>> pictures) {
            this.names = names;
            this.pictures = pictures;
            name.getStyleClass().add("primary-line");
            last.getStyleClass().add("secondary-line");
            time.getStyleClass().add("secondary-line");
            badge.getStyleClass().add("unread-badge");
            Region grow = new Region();
            HBox top = new HBox(6, name, grow, time);
            HBox.setHgrow(grow, Priority.ALWAYS);
            Region grow2 = new Region();
            HBox bottom = new HBox(6, last, grow2, badge);
            HBox.setHgrow(grow2, Priority.ALWAYS);
            last.setMinWidth(0);
            name.setMinWidth(0);
            // A long name gives way, the time does not.
            time.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, top, bottom);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(10, avatar, text);
            box.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(0);
            box.setMinWidth(0);
            // As wide as the list, never wider: a long name is cut with an ellipsis, not scrolled to.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConversationSummary c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String display = names.apply(c.peer());
            // A private conversation in a room is with the occupant: their nick's initials, no contact's picture.
            avatar.show(c.peer(), c.roomPrivate() ? c.peer().substring(c.peer().indexOf('/') + 1) : display);
            avatar.picture(c.room() || c.roomPrivate() ? null : pictures.apply(c.peer()));
            name.setText(display);
            String preview = LastMessagePreview.of(c, display);
            last.setText(preview);
            time.setText(when(c.lastTime(), ZoneId.systemDefault(), LocalDate.now()));
            badge.setText(c.unread() > 99 ? "99+" : Integer.toString(c.unread()));
            badge.setVisible(c.unread() > 0);
            badge.setManaged(c.unread() > 0);
            setGraphic(box);
            setAccessibleText(display + (c.unread() > 0 ? ", " + c.unread() + " unread" : "") + ": " + preview);
        }
    }
}
