package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.theme.Avatar;
import im.parley.ui.chat.ChatRow.DaySeparator;
import im.parley.ui.chat.ChatRow.MessageRow;
import im.parley.ui.chat.ChatRow.ReactionChip;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Draws one row: a day separator, or a message as a bubble (the user's own on the right) with
 * its group header, quote, text, "edited" tag, delivery tick and reaction chips.
 */
final class MessageCell extends ListCell<ChatRow> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
            FormatStyle.SHORT);

    private final ChatViewModel model;
    private final Consumer<URI> linkOpener;
    private final DoubleExpression listWidth;
    private final MessageMenu menu;
    /**
     * The cell's tooltips, their text set for each row: a tooltip is a popup window, too dear to
     * make for every row that scrolls into view.
     */
    private final Tooltip timeTip = tooltip("");
    private final Tooltip tickTip = tooltip("");

    MessageCell(ChatViewModel model, Consumer<URI> linkOpener, DoubleExpression listWidth, MessageMenu menu) {
        this.model = model;
        this.linkOpener = linkOpener;
        this.listWidth = listWidth;
        this.menu = menu;
        getStyleClass().add("chat-cell");
        // Without this a wide message would widen the cell and bring a horizontal scroll bar.
        setPrefWidth(0);
        setOnContextMenuRequested(e -> {
            if (getItem() instanceof MessageRow row) {
                menu.show(this, row, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(ChatRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
        } else if (row instanceof DaySeparator day) {
            setGraphic(daySeparator(day));
            setAccessibleText(day.label());
        } else if (row instanceof ChatRow.CallRow call) {
            setGraphic(callLine(call));
            setAccessibleText(call.text() + ", " + TIME.format(call.call().started().atZone(ZoneId.systemDefault())));
        } else {
            MessageRow m = (MessageRow) row;
            setGraphic(message(m));
            setAccessibleText(m.senderName() + ", " + TIME.format(local(m.message())) + ": " + plainText(m));
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

    private static Node daySeparator(DaySeparator day) {
        Label label = new Label(day.label());
        label.getStyleClass().add("day-label");
        HBox box = new HBox(label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("day-separator");
        return box;
    }

    /** A call as a centred line: icon, text and time; a missed one styled to stand out. */
    private static Node callLine(ChatRow.CallRow row) {
        Label label = new Label(row.icon() + "  " + row.text() + "  "
                + TIME.format(row.call().started().atZone(ZoneId.systemDefault())));
        label.getStyleClass().add(row.missed() ? "call-missed" : "call-label");
        HBox box = new HBox(label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("call-row");
        return box;
    }

    private Node message(MessageRow row) {
        HistoryMessage m = row.message();
        VBox column = new VBox();
        column.getStyleClass().add("message-column");
        column.setFillWidth(false);
        if (row.firstOfGroup()) {
            column.getChildren().add(header(row));
        }
        VBox bubble = bubble(row);
        column.getChildren().add(bubble);
        if (!row.reactions().isEmpty()) {
            column.getChildren().add(reactions(row));
        }
        HBox line = new HBox(8);
        line.getStyleClass().addAll("message-row", m.outgoing() ? "own" : "theirs");
        if (row.firstOfGroup()) {
            line.getStyleClass().add("first");
        }
        if (row.highlighted()) {
            line.getStyleClass().add("highlighted");
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        if (m.outgoing()) {
            column.setAlignment(Pos.TOP_RIGHT);
            line.getChildren().addAll(spacer, column);
        } else {
            line.getChildren().addAll(row.firstOfGroup() ? avatar(row) : avatarSpace(), column, spacer);
        }
        timeTip.setText(FULL.format(local(m)));
        Tooltip.install(bubble, timeTip);
        return line;
    }

    private Node header(MessageRow row) {
        Label name = new Label(row.senderName());
        name.getStyleClass().add("sender");
        Label time = new Label(TIME.format(local(row.message())));
        time.getStyleClass().add("time");
        HBox header = new HBox(6, name, time);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("message-header");
        return header;
    }

    private VBox bubble(MessageRow row) {
        HistoryMessage m = row.message();
        VBox bubble = new VBox(2);
        bubble.getStyleClass().add("bubble");
        bubble.maxWidthProperty().bind(listWidth.multiply(0.7));
        if (row.quote() != null && !m.retracted()) {
            bubble.getChildren().add(quote(row.quote()));
        }
        bubble.getChildren().add(body(row));
        HBox meta = meta(m);
        if (!meta.getChildren().isEmpty()) {
            bubble.getChildren().add(meta);
        }
        return bubble;
    }

    private Node quote(ChatRow.Quote quote) {
        VBox box = new VBox(1);
        box.getStyleClass().add("quote");
        if (quote.senderName() != null) {
            Label who = new Label(quote.senderName());
            who.getStyleClass().add("quote-sender");
            box.getChildren().add(who);
        }
        Label text = new Label(quote.text().replace('\n', ' '));
        text.getStyleClass().add("quote-text");
        box.getChildren().add(text);
        return box;
    }

    private Node body(MessageRow row) {
        HistoryMessage m = row.message();
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("body");
        if (m.retracted()) {
            flow.getChildren().add(text(ChatText.REMOVED, "removed"));
            return flow;
        }
        String body = m.body();
        if (ChatText.isAction(body)) {
            flow.getStyleClass().add("action");
            flow.getChildren().add(text(row.senderName() + " ", "action-name"));
            body = ChatText.actionText(body);
        }
        for (ChatText.Span span : ChatText.spans(body)) {
            if (span.link() == null) {
                flow.getChildren().add(text(span.text(), "body-text"));
            } else {
                Hyperlink link = new Hyperlink(span.text());
                link.getStyleClass().add("body-link");
                link.setFocusTraversable(false);
                link.setTooltip(tooltip(span.link().toString()));
                link.setOnAction(e -> linkOpener.accept(span.link()));
                flow.getChildren().add(link);
            }
        }
        return flow;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    private HBox meta(HistoryMessage m) {
        HBox meta = new HBox(4);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.getStyleClass().add("meta");
        if (m.edited() && !m.retracted()) {
            Label edited = new Label("edited");
            edited.getStyleClass().add("edited");
            meta.getChildren().add(edited);
        }
        if (m.outgoing() && !m.retracted()) {
            meta.getChildren().add(tick(m));
        }
        return meta;
    }

    private Node tick(HistoryMessage m) {
        DeliveryState state = m.delivery() == null ? DeliveryState.QUEUED : m.delivery();
        FontIcon icon;
        String tip;
        switch (state) {
            case QUEUED -> {
                icon = new FontIcon(Material2MZ.SCHEDULE);
                tip = "Waiting to be sent";
            }
            case SENT -> {
                icon = new FontIcon(Material2AL.DONE);
                tip = "Sent";
            }
            case DELIVERED -> {
                icon = new FontIcon(Material2AL.DONE_ALL);
                tip = "Delivered";
            }
            case DISPLAYED -> {
                icon = new FontIcon(Material2AL.DONE_ALL);
                tip = "Read";
            }
            default -> {
                icon = new FontIcon(Material2AL.ERROR_OUTLINE);
                tip = "Not sent. Click to send it again.";
            }
        }
        icon.getStyleClass().addAll("tick", state.name().toLowerCase(java.util.Locale.ROOT));
        if (state != DeliveryState.FAILED) {
            Label label = new Label(null, icon);
            tickTip.setText(tip);
            label.setTooltip(tickTip);
            label.setAccessibleText(tip);
            return label;
        }
        Button retry = new Button("Retry", icon);
        retry.getStyleClass().addAll("retry", "flat");
        retry.setTooltip(tooltip(tip));
        retry.setOnAction(e -> model.messageActions().retry(m));
        return retry;
    }

    private Node reactions(MessageRow row) {
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("reactions");
        chips.maxWidthProperty().bind(listWidth.multiply(0.7));
        for (ReactionChip chip : row.reactions()) {
            Button b = new Button(chip.emoji() + " " + chip.count());
            b.getStyleClass().add("reaction-chip");
            if (chip.mine()) {
                b.getStyleClass().add("mine");
            }
            b.setFocusTraversable(false);
            b.setAccessibleText(chip.count() + " reacted " + chip.emoji() + (chip.mine() ? ", you too" : ""));
            b.setOnAction(e -> model.messageActions().toggleReaction(row.message(), chip.emoji()));
            chips.getChildren().add(b);
        }
        return chips;
    }

    /**
     * The sender's initials on their XEP-0392 colour, as in the sidebar: keyed by the
     * conversation, a contact's bare JID or a room occupant's full one.
     */
    private Node avatar(MessageRow row) {
        String name = row.senderName();
        Avatar avatar = new Avatar(30);
        avatar.show(row.message().conversation(), name);
        avatar.getStyleClass().add("message-avatar");
        return avatar;
    }

    private static Node avatarSpace() {
        Region r = new Region();
        r.getStyleClass().add("avatar-space");
        return r;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

    private static java.time.ZonedDateTime local(HistoryMessage m) {
        return m.time().atZone(ZoneId.systemDefault());
    }
}
