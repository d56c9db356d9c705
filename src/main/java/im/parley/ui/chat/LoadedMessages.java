package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The loaded stretch of a conversation, in archive order (time, then key), found by key or message id. */
final class LoadedMessages {
    static final Comparator<HistoryMessage> ORDER =
            Comparator.comparing(HistoryMessage::time).thenComparingLong(HistoryMessage::key);

    private final List<HistoryMessage> messages = new ArrayList<>();
    private final Map<String, Long> keyById = new HashMap<>();

    List<HistoryMessage> list() {
        return Collections.unmodifiableList(messages);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    HistoryMessage first() {
        return messages.get(0);
    }

    HistoryMessage last() {
        return messages.get(messages.size() - 1);
    }

    /** The key of the message with this id or archive id, null when it is not loaded. */
    Long keyOf(String id) {
        return keyById.get(id);
    }

    int indexOf(long key) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    void clear() {
        messages.clear();
        keyById.clear();
    }

    /**
     * Puts each message in its place: replaces the one with its key, or inserts it when it falls
     * inside the loaded stretch (or before it when {@code older}, after it when {@code newer}).
     */
    void merge(List<HistoryMessage> incoming, boolean older, boolean newer) {
        for (HistoryMessage m : incoming) {
            int at = indexOf(m.key());
            if (at >= 0) {
                messages.set(at, m);
            } else {
                int pos = insertionPoint(m);
                boolean inside = !messages.isEmpty() && pos > 0 && pos < messages.size();
                boolean before = !messages.isEmpty() && pos == 0;
                if (inside || (before ? older : newer) || (messages.isEmpty() && older)) {
                    messages.add(pos, m);
                }
            }
            if (m.messageId() != null) {
                keyById.put(m.messageId(), m.key());
            }
            if (m.stanzaId() != null) {
                keyById.put(m.stanzaId(), m.key());
            }
        }
    }

    /** The user's newest message that may still be edited, else null. */
    HistoryMessage lastOwn() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            HistoryMessage m = messages.get(i);
            if (m.outgoing() && !m.retracted() && m.messageId() != null) {
                return m;
            }
        }
        return null;
    }

    /** The contact's newest message, else null. */
    HistoryMessage newestIncoming() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (!messages.get(i).outgoing()) {
                return messages.get(i);
            }
        }
        return null;
    }

    private int insertionPoint(HistoryMessage m) {
        int lo = 0;
        int hi = messages.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ORDER.compare(messages.get(mid), m) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
