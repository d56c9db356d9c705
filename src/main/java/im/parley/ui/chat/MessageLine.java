package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.ui.chat.ChatRow.MessageRow;
import im.parley.ui.chat.ChatRow.ReactionChip;
import im.parley.ui.theme.Avatar;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A message drawn as a bubble (the user's own on the right) with its group header, quote, text,
 * "edited" tag, delivery tick and reaction chips. A cell makes these nodes once and fills them in
 * for each row that scrolls into it: every new node is matched against the whole stylesheet
 * (AtlantaFX's is large), which was most of what scrolling cost. So from row to row only text,
 * visibility and pseudo-classes change (a pseudo-class does not match selectors again, a style
 * class does); the rare parts (quote, retry button, reactions) join the line only while shown.
 */
final class MessageLine {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
            FormatStyle.SHORT);
    private static final PseudoClass OWN = PseudoClass.getPseudoClass("own");
    private static final PseudoClass THEIRS = PseudoClass.getPseudoClass("theirs");
    private static final PseudoClass FIRST = PseudoClass.getPseudoClass("first");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass ACTION = PseudoClass.getPseudoClass("action");
    private static final PseudoClass MINE = PseudoClass.getPseudoClass("mine");
    /** A tick's delivery state by ordinal: :queued, :sent, :delivered, :displayed, :failed. */
    private static final PseudoClass[] STATES = Arrays.stream(DeliveryState.values())
            .map(s -> PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT))).toArray(PseudoClass[]::new);

    private final ChatViewModel model;
    private final StyledBody styledBody;
    /** The widest a bubble or its reactions may be: 70% of the list's width. */
    private final DoubleBinding maxWidth;
    private final HBox line = new HBox(8);
    private final Avatar avatar = new Avatar(30);
    private final Region avatarSpace = new Region();
    private final VBox column = new VBox();
    private final Label sender = label("sender");
    private final Label time = label("time");
    private final HBox header = new HBox(6, sender, time);
    private final VBox bubble = new VBox(2);
    private final TextFlow body = new TextFlow();
    private final Text removed = text(ChatText.REMOVED, "removed");
    private final Text actionName = text("", "action-name");
    private final Label edited = label("edited");
    private final FontIcon tickIcon = new FontIcon();
    private final Label tick = new Label(null, tickIcon);
    private final HBox meta = new HBox(4, edited, tick);
    /** Tooltips are popup windows, too dear to make for every row that scrolls into view. */
    private final Tooltip timeTip = tooltip("");
    private final Tooltip tickTip = tooltip("");
    private VBox quote;
    private Label quoteSender;
    private Label quoteText;
    private Button retry;
    private FlowPane reactions;
    private final List<Button> chips = new ArrayList<>();
    /** The message shown, for the retry button. */
    private HistoryMessage shown;
    /** Whose avatar is drawn (conversation and name), to draw it again only for someone else. */
    private String avatarShows;

    MessageLine(ChatViewModel model, Consumer<URI> linkOpener, DoubleBinding maxWidth) {
        this.model = model;
        this.styledBody = new StyledBody("body-text", "body-link", linkOpener);
        this.maxWidth = maxWidth;
        line.getStyleClass().add("message-row");
        avatar.getStyleClass().add("message-avatar");
        avatarSpace.getStyleClass().add("avatar-space");
        column.getStyleClass().add("message-column");
        column.setFillWidth(false);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("message-header");
        bubble.getStyleClass().add("bubble");
        bubble.maxWidthProperty().bind(maxWidth);
        body.getStyleClass().add("body");
        edited.setText("edited");
        tickIcon.getStyleClass().add("tick");
        tick.setTooltip(tickTip);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.getStyleClass().add("meta");
        bubble.getChildren().addAll(body, meta);
        column.getChildren().addAll(header, bubble);
        // Own messages line up on the right by the row's alignment rather than a growing spacer.
        line.getChildren().addAll(avatar, avatarSpace, column);
        Tooltip.install(bubble, timeTip);
    }

    Node root() {
        return line;
    }

    void show(MessageRow row) {
        HistoryMessage m = row.message();
        shown = m;
        boolean own = m.outgoing();
        line.pseudoClassStateChanged(OWN, own);
        line.pseudoClassStateChanged(THEIRS, !own);
        line.pseudoClassStateChanged(FIRST, row.firstOfGroup());
        line.pseudoClassStateChanged(HIGHLIGHTED, row.highlighted());
        line.setAlignment(own ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        column.setAlignment(own ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        if (!own && row.firstOfGroup()) {
            showAvatar(m.conversation(), row.senderName());
        }
        present(avatar, !own && row.firstOfGroup());
        present(avatarSpace, !own && !row.firstOfGroup());
        present(header, row.firstOfGroup());
        if (row.firstOfGroup()) {
            sender.setText(row.senderName());
            time.setText(TIME.format(local(m)));
        }
        showQuote(m.retracted() ? null : row.quote());
        showBody(row);
        showMeta(m);
        showReactions(row);
        timeTip.setText(FULL.format(local(m)));
    }

    /** Draws the avatar anew only for someone else: each time it makes a new background. */
    private void showAvatar(String conversation, String name) {
        String who = conversation + "\n" + name;
        if (!who.equals(avatarShows)) {
            avatar.show(conversation, name);
            avatarShows = who;
        }
    }

    private void showQuote(ChatRow.Quote shownQuote) {
        if (shownQuote != null && quote == null) {
            quoteSender = label("quote-sender");
            quoteText = label("quote-text");
            quote = new VBox(1, quoteSender, quoteText);
            quote.getStyleClass().add("quote");
        }
        if (shownQuote != null) {
            present(quoteSender, shownQuote.senderName() != null);
            quoteSender.setText(shownQuote.senderName());
            quoteText.setText(shownQuote.text().replace('\n', ' '));
        }
        place(bubble.getChildren(), 0, quote, shownQuote != null);
    }

    private void showBody(MessageRow row) {
        HistoryMessage m = row.message();
        List<Node> parts = new ArrayList<>();
        boolean action = !m.retracted() && ChatText.isAction(m.body());
        body.pseudoClassStateChanged(ACTION, action);
        if (m.retracted()) {
            parts.add(removed);
        } else {
            String text = m.body();
            if (action) {
                actionName.setText(row.senderName() + " ");
                parts.add(actionName);
                text = ChatText.actionText(text);
            }
            if (m.unstyled()) {
                styledBody.addUnstyledTo(parts, text);
            } else {
                styledBody.addTo(parts, text);
            }
        }
        // Setting the same nodes again would take them out of the scene and style them anew.
        if (!parts.equals(body.getChildren())) {
            body.getChildren().setAll(parts);
        }
    }

    private void showMeta(HistoryMessage m) {
        boolean ticked = m.outgoing() && !m.retracted();
        DeliveryState state = m.delivery() == null ? DeliveryState.QUEUED : m.delivery();
        boolean failed = ticked && state == DeliveryState.FAILED;
        boolean wasEdited = m.edited() && !m.retracted();
        present(edited, wasEdited);
        present(tick, ticked && !failed);
        if (ticked && !failed) {
            if (tickIcon.getIconCode() != icon(state)) {
                tickIcon.setIconCode(icon(state));
            }
            for (DeliveryState s : DeliveryState.values()) {
                tickIcon.pseudoClassStateChanged(STATES[s.ordinal()], s == state);
            }
            tickTip.setText(tip(state));
            tick.setAccessibleText(tip(state));
        }
        if (failed && retry == null) {
            FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
            icon.getStyleClass().add("tick");
            icon.pseudoClassStateChanged(STATES[DeliveryState.FAILED.ordinal()], true);
            retry = new Button("Retry", icon);
            retry.getStyleClass().addAll("retry", "flat");
            retry.setTooltip(tooltip(tip(DeliveryState.FAILED)));
            retry.setOnAction(e -> model.messageActions().retry(shown));
        }
        place(meta.getChildren(), meta.getChildren().size(), retry, failed);
        present(meta, wasEdited || ticked);
    }

    private static Ikon icon(DeliveryState state) {
        return switch (state) {
            case QUEUED -> Material2MZ.SCHEDULE;
            case SENT -> Material2AL.DONE;
            case DELIVERED, DISPLAYED -> Material2AL.DONE_ALL;
            default -> Material2AL.ERROR_OUTLINE;
        };
    }

    private static String tip(DeliveryState state) {
        return switch (state) {
            case QUEUED -> "Waiting to be sent";
            case SENT -> "Sent";
            case DELIVERED -> "Delivered";
            case DISPLAYED -> "Read";
            default -> "Not sent. Click to send it again.";
        };
    }

    private void showReactions(MessageRow row) {
        List<ReactionChip> given = row.reactions();
        if (!given.isEmpty() && reactions == null) {
            reactions = new FlowPane(4, 4);
            reactions.getStyleClass().add("reactions");
            reactions.maxWidthProperty().bind(maxWidth);
        }
        while (chips.size() < given.size()) {
            Button b = new Button();
            b.getStyleClass().add("reaction-chip");
            b.setFocusTraversable(false);
            chips.add(b);
        }
        for (int i = 0; i < given.size(); i++) {
            ReactionChip chip = given.get(i);
            Button b = chips.get(i);
            b.setText(chip.emoji() + " " + chip.count());
            b.pseudoClassStateChanged(MINE, chip.mine());
            b.setAccessibleText(chip.count() + " reacted " + chip.emoji() + (chip.mine() ? ", you too" : ""));
            b.setOnAction(e -> model.messageActions().toggleReaction(row.message(), chip.emoji()));
        }
        if (reactions != null && !reactions.getChildren().equals(chips.subList(0, given.size()))) {
            reactions.getChildren().setAll(chips.subList(0, given.size()));
        }
        place(column.getChildren(), column.getChildren().size(), reactions, !given.isEmpty());
    }

    /** Shows or hides a node that stays in the line, laid out only while shown. */
    private static void present(Node node, boolean shows) {
        node.setVisible(shows);
        node.setManaged(shows);
    }

    /** Puts a rare part at {@code index} of its parent while shown, and takes it out otherwise. */
    private static void place(List<Node> children, int index, Node node, boolean shows) {
        if (node == null || shows == children.contains(node)) {
            return;
        }
        if (shows) {
            children.add(index, node);
        } else {
            children.remove(node);
        }
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        return l;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

    static ZonedDateTime local(HistoryMessage m) {
        return m.time().atZone(ZoneId.systemDefault());
    }
}
