package im.parley.ui.conversations;

import im.parley.client.history.ConversationSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conversations of an account, newest first (pinned ones on top), as the archive summarises
 * them. A refresh changes only what changed: a conversation that got a message moves to the top,
 * the others keep their cells. Runs on the UI thread.
 */
public final class ConversationsViewModel {
    private final ObservableList<ConversationSummary> items = FXCollections.observableArrayList();
    /** One wrapper for everyone: its listeners live as long as the view-model. */
    private final ObservableList<ConversationSummary> readOnly = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper();

    public ObservableList<ConversationSummary> items() {
        return readOnly;
    }

    /** Messages not yet read, in all conversations that are not muted: the window title shows it. */
    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** The archive's current list (already newest first); applied as a diff. */
    public void refresh(List<ConversationSummary> fresh) {
        List<ConversationSummary> ordered = new ArrayList<>(fresh);
        ordered.sort((a, b) -> Boolean.compare(b.pinned(), a.pinned()));
        Map<String, ConversationSummary> byPeer = new HashMap<>();
        ordered.forEach(c -> byPeer.put(c.peer(), c));
        items.removeIf(c -> !byPeer.containsKey(c.peer()));
        for (int i = 0; i < ordered.size(); i++) {
            ConversationSummary want = ordered.get(i);
            int at = indexOf(want.peer());
            if (at == i) {
                if (!items.get(i).equals(want)) {
                    items.set(i, want);
                }
            } else if (at >= 0) {
                items.remove(at);
                items.add(i, want);
            } else {
                items.add(i, want);
            }
        }
        unread.set(items.stream().filter(c -> !c.muted()).mapToInt(ConversationSummary::unread).sum());
    }

    /** The conversation whose messages the user just saw: no unread badge until the next one. */
    public void markSeen(String peer) {
        int at = indexOf(peer);
        if (at >= 0 && items.get(at).unread() > 0) {
            ConversationSummary c = items.get(at);
            items.set(at, new ConversationSummary(c.peer(), c.room(), c.roomPrivate(), c.lastTime(), c.lastBody(),
                    c.lastOutgoing(), 0, c.pinned(), c.muted()));
            unread.set(items.stream().filter(x -> !x.muted()).mapToInt(ConversationSummary::unread).sum());
        }
    }

    private int indexOf(String peer) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).peer().equals(peer)) {
                return i;
            }
        }
        return -1;
    }
}
