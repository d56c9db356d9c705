package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatRow.DaySeparator;
import im.parley.ui.chat.ChatRow.MessageRow;
import java.net.URI;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.DoubleExpression;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * Draws one row: a day separator, a call, or a message (see {@link MessageLine}). Each kind's nodes
 * are made once per cell, when the cell first shows such a row, and filled in for every row after.
 */
final class MessageCell extends ListCell<ChatRow> {
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");

    private final ChatViewModel model;
    private final Consumer<URI> linkOpener;
    private final DoubleExpression listWidth;
    private MessageLine message;
    private Label dayLabel;
    private HBox day;
    private Label callLabel;
    private HBox call;

    /** Whether this click's menu was already shown on the platform's menu request. */
    private boolean menuRequested;

    MessageCell(ChatViewModel model, Consumer<URI> linkOpener, DoubleExpression listWidth, MessageMenu menu) {
        this.model = model;
        this.linkOpener = linkOpener;
        this.listWidth = listWidth;
        getStyleClass().add("chat-cell");
        // Without this a wide message would widen the cell and bring a horizontal scroll bar.
        setPrefWidth(0);
        setOnContextMenuRequested(e -> {
            if (getItem() instanceof MessageRow row) {
                menu.show(this, row, e.getScreenX(), e.getScreenY());
                menuRequested = true;
                e.consume();
            }
        });
        // Some platforms (the headless one among them) send no menu request for a right click.
        setOnMousePressed(e -> menuRequested = false);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menuRequested && getItem() instanceof MessageRow row) {
                menu.show(this, row, e.getScreenX(), e.getScreenY());
            }
        });
    }

    @Override
    protected void updateItem(ChatRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            // Hidden rather than taken out: put back, it would be styled anew, every node of it.
            if (getGraphic() != null) {
                getGraphic().setVisible(false);
                getGraphic().setManaged(false);
            }
            setAccessibleText(null);
            return;
        }
        Node shown;
        if (row instanceof DaySeparator d) {
            shown = daySeparator(d);
            setAccessibleText(d.label());
        } else if (row instanceof ChatRow.CallRow c) {
            shown = callLine(c);
            setAccessibleText(c.text() + ", " + MessageLine.TIME.format(c.call().started().atZone(ZoneId.systemDefault())));
        } else {
            MessageRow m = (MessageRow) row;
            if (message == null) {
                message = new MessageLine(model, linkOpener, listWidth.multiply(0.7));
            }
            message.show(m);
            shown = message.root();
            setAccessibleText(m.senderName() + ", " + MessageLine.TIME.format(MessageLine.local(m.message())) + ": "
                    + plainText(m));
        }
        shown.setVisible(true);
        shown.setManaged(true);
        if (getGraphic() != shown) {
            setGraphic(shown);
        }
    }

    /** The message as text for the clipboard and screen readers. */
    static String plainText(MessageRow row) {
        HistoryMessage m = row.message();
        if (m.retracted()) {
            return ChatText.REMOVED;
        }
        return ChatText.isAction(m.body()) ? row.senderName() + " " + ChatText.actionText(m.body()) : m.body();
    }

    private Node daySeparator(DaySeparator row) {
        if (day == null) {
            dayLabel = new Label();
            dayLabel.getStyleClass().add("day-label");
            day = centred(dayLabel, "day-separator");
        }
        dayLabel.setText(row.label());
        return day;
    }

    /** A call as a centred line: icon, text and time; a missed one styled to stand out. */
    private Node callLine(ChatRow.CallRow row) {
        if (call == null) {
            callLabel = new Label();
            callLabel.getStyleClass().add("call-label");
            call = centred(callLabel, "call-row");
        }
        callLabel.setText(row.icon() + "  " + row.text() + "  "
                + MessageLine.TIME.format(row.call().started().atZone(ZoneId.systemDefault())));
        callLabel.pseudoClassStateChanged(MISSED, row.missed());
        return call;
    }

    private static HBox centred(Label label, String style) {
        HBox box = new HBox(label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(style);
        return box;
    }
}
