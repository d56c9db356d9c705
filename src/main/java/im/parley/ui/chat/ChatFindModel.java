package im.parley.ui.chat;

import im.parley.client.history.SearchResult;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find in this conversation: searches its whole archive (not only the loaded rows) and steps
 * through the hits, newest first, jumping the list to each.
 */
public final class ChatFindModel {
    /** Hits beyond this many are not stepped through; the status says so. */
    static final int MAX_HITS = 200;

    private final ChatViewModel chat;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private List<SearchResult> hits = List.of();
    private String searched;
    private int at;

    ChatFindModel(ChatViewModel chat) {
        this.chat = chat;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "3 of 12", "No matches", or empty before a search. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public void show() {
        open.set(true);
    }

    /** Closes the find bar and takes the highlight away. */
    public void hide() {
        open.set(false);
        hits = List.of();
        searched = null;
        status.set("");
        chat.clearHighlight();
    }

    /** Searches for the query, or goes to the next older hit when it was searched already. */
    public void next() {
        step(1);
    }

    /** Goes to the next newer hit. */
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        String text = query.get().strip();
        if (text.isEmpty()) {
            return;
        }
        if (!text.equals(searched)) {
            search(text);
            return;
        }
        if (!hits.isEmpty()) {
            at = Math.floorMod(at + direction, hits.size());
            show(at);
        }
    }

    private void search(String text) {
        searched = text;
        status.set("Searching…");
        chat.call("Searching failed", () -> {
            try {
                return chat.archive().search(text, MAX_HITS);
            } catch (IllegalArgumentException noWord) {
                return List.<SearchResult>of();
            }
        }, found -> {
            if (!text.equals(searched)) {
                return;
            }
            hits = found;
            at = 0;
            if (found.isEmpty()) {
                status.set("No matches");
            } else {
                show(0);
            }
        });
    }

    private void show(int index) {
        status.set((index + 1) + " of " + hits.size() + (hits.size() == MAX_HITS ? "+" : ""));
        chat.paging().jumpTo(hits.get(index).message().key());
    }
}
