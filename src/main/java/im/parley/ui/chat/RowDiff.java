package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import java.util.List;
import java.util.function.Function;

/**
 * Brings an observable list to a new content by the smallest splice between the common head and
 * tail: an appended message is one add, a changed message one set, a page of older history one
 * insert at the top. The list view then keeps its cells and scroll position.
 */
final class RowDiff {
    private RowDiff() {
    }

    /**
     * Lays out only an older page and the message it now precedes, {@code oldFirstKey}, whose group
     * or day line may change: {@code layOut} gives the rows of that head of {@code messages}, which
     * replace the rows up to and with the old first message. False when that message is not found
     * in both; then the caller lays out everything.
     */
    static boolean prepend(List<ChatRow> rows, List<HistoryMessage> messages, long oldFirstKey,
                           Function<List<HistoryMessage>, List<ChatRow>> layOut) {
        int at = 0;
        while (at < messages.size() && messages.get(at).key() != oldFirstKey) {
            at++;
        }
        int end = 0;
        while (end < rows.size() && !(rows.get(end) instanceof ChatRow.MessageRow m && m.message().key() == oldFirstKey)) {
            end++;
        }
        if (at == messages.size() || end == rows.size()) {
            return false;
        }
        apply(rows.subList(0, end + 1), layOut.apply(messages.subList(0, at + 1)));
        return true;
    }

    static <T> void apply(List<T> target, List<T> next) {
        int head = 0;
        int max = Math.min(target.size(), next.size());
        while (head < max && target.get(head).equals(next.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < max - head
                && target.get(target.size() - 1 - tail).equals(next.get(next.size() - 1 - tail))) {
            tail++;
        }
        int oldMiddle = target.size() - head - tail;
        int newMiddle = next.size() - head - tail;
        int same = Math.min(oldMiddle, newMiddle);
        for (int i = 0; i < same; i++) {
            target.set(head + i, next.get(head + i));
        }
        if (oldMiddle > newMiddle) {
            target.subList(head + same, head + oldMiddle).clear();
        } else if (newMiddle > oldMiddle) {
            target.addAll(head + same, next.subList(head + same, head + newMiddle));
        }
    }
}
