package im.parley.ui.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The search field over the list of hits; Enter or a double-click opens the conversation there. */
public final class SearchView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list;
    private final VBox root;
    private Runnable afterOpen = () -> { };

    public SearchView(SearchViewModel model) {
        this.model = model;
        field.setId("searchText");
        field.setPromptText("Search all conversations");
        field.textProperty().bindBidirectional(model.queryProperty());
        FontIcon magnifier = new FontIcon(Material2OutlinedMZ.SEARCH);
        HBox top = new HBox(8, magnifier, field);
        HBox.setHgrow(field, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 12, 8, 12));

        list = new ListView<>(model.hits());
        list.setId("searchHits");
        list.getStyleClass().add("search-hits");
        list.setCellFactory(v -> new HitCell());
        field.setOnAction(e -> open(list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem() : list.getItems().isEmpty() ? null : list.getItems().get(0)));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        Label status = new Label();
        status.setId("searchStatus");
        status.setWrapText(true);
        status.getStyleClass().add("search-status");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, model.stateProperty(),
                model.problemProperty()));
        list.setPlaceholder(status);
        StackPane body = new StackPane(list);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(top, body);
        root.setId("search");
        root.getStyleClass().add("search");
    }

    private String statusText() {
        switch (model.stateProperty().get()) {
            case EMPTY:
                return "Type a word to find it in all your conversations.";
            case SEARCHING:
                return "Searching…";
            case NOTHING_FOUND:
                return "No message contains “" + model.queryProperty().get().trim() + "”.";
            case FAILED:
                return model.problemProperty().get();
            default:
                return "";
        }
    }

    /** Told after a hit was opened: the window closes then. */
    public void onOpened(Runnable then) {
        this.afterOpen = then;
    }

    private void open(SearchHit hit) {
        if (hit != null) {
            model.open(hit);
            afterOpen.run();
        }
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        field.requestFocus();
    }

    /** The time for today's messages, else the date. */
    static String when(Instant time, ZoneId zone, LocalDate today) {
        var local = time.atZone(zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE.format(local);
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label name = new Label();
        private final Label time = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box;

        HitCell() {
            name.getStyleClass().add("text-bold");
            name.setMinWidth(0);
            time.getStyleClass().add("text-muted");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox head = new HBox(8, name, grow, time);
            snippet.getStyleClass().add("search-snippet");
            // The cell's width, not the snippet's, decides where lines break.
            snippet.setPrefWidth(0);
            snippet.setMinWidth(0);
            box = new VBox(3, head, snippet);
            box.setPadding(new Insets(4, 6, 4, 6));
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            name.setText(hit.name());
            time.setText(when(hit.time(), ZoneId.systemDefault(), LocalDate.now()));
            snippet.getChildren().clear();
            if (hit.outgoing()) {
                Text you = new Text("You: ");
                you.getStyleClass().add("search-you");
                snippet.getChildren().add(you);
            }
            for (Highlight.Span s : Highlight.spans(hit.snippet().text(), hit.snippet().matches())) {
                Text t = new Text(s.text());
                t.getStyleClass().add(s.match() ? "search-match" : "search-text");
                snippet.getChildren().add(t);
            }
            setGraphic(box);
        }
    }
}
