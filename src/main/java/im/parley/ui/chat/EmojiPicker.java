package im.parley.ui.chat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiGroup;
import net.fellbaum.jemoji.EmojiManager;
import net.fellbaum.jemoji.Qualification;

/** A small emoji picker: the common reactions in one row, and a search over jemoji's emoji by name. */
public final class EmojiPicker {
    /** The reactions people use most, as in Signal's and Telegram's quick row. */
    static final List<String> QUICK = List.of("👍", "❤️", "😂", "😮", "😢", "🙏", "🎉", "👎");
    private static final int SHOWN = 48;

    private final List<Emoji> all = EmojiManager.getAllEmojis().stream()
            .filter(e -> e.getQualification() == Qualification.FULLY_QUALIFIED && e.getGroup() != EmojiGroup.COMPONENT)
            .sorted(Comparator.naturalOrder()).toList();
    private final Popup popup = new Popup();
    private final TextField search = new TextField();
    private final FlowPane results = new FlowPane(2, 2);
    private Consumer<String> chosen = e -> { };

    public EmojiPicker() {
        HBox quick = new HBox(2);
        for (String e : QUICK) {
            quick.getChildren().add(button(e, e));
        }
        search.setPromptText("Search emoji");
        search.setAccessibleText("Search emoji by name");
        search.textProperty().addListener((o, was, now) -> fill(now));
        search.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            } else if (k.getCode() == KeyCode.ENTER && !results.getChildren().isEmpty()) {
                ((Button) results.getChildren().get(0)).fire();
            }
        });
        results.setPrefWrapLength(8 * 36);
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(4 * 36);
        scroll.getStyleClass().add("emoji-results");
        Label hint = new Label("Quick reactions");
        hint.getStyleClass().add("emoji-hint");
        VBox box = new VBox(8, hint, quick, search, scroll);
        box.setPadding(new Insets(10));
        box.setPrefWidth(8 * 36 + 24);
        box.getStyleClass().add("emoji-picker");
        // A popup is a scene of its own: it needs the chat style sheet too (the theme comes with the user agent).
        box.getStylesheets().add(ChatView.STYLESHEET);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        fill("");
    }

    /** Shows the picker near the screen point; {@code onChoice} gets the emoji picked. */
    public void show(Node owner, double screenX, double screenY, Consumer<String> onChoice) {
        chosen = onChoice;
        search.clear();
        popup.show(owner, screenX, screenY);
        search.requestFocus();
    }

    private void fill(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        results.getChildren().clear();
        all.stream()
                .filter(e -> q.isEmpty() ? e.getGroup() == EmojiGroup.SMILEYS_AND_EMOTION || e.getGroup() == EmojiGroup.PEOPLE_AND_BODY
                        : e.getDescription().toLowerCase(Locale.ROOT).contains(q)
                        || e.getAllAliases().stream().anyMatch(a -> a.contains(q)))
                .limit(SHOWN)
                .forEach(e -> results.getChildren().add(button(e.getEmoji(), e.getDescription())));
    }

    private Button button(String emoji, String name) {
        Button b = new Button(emoji);
        b.getStyleClass().addAll("emoji-button", "flat");
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        b.setOnAction(e -> {
            popup.hide();
            chosen.accept(emoji);
        });
        return b;
    }
}
