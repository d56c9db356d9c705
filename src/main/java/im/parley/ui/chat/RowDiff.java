package im.parley.ui.chat;

import java.util.List;

/**
 * Brings an observable list to a new content by the smallest splice between the common head and
 * tail: an appended message is one add, a changed message one set, a page of older history one
 * insert at the top. The list view then keeps its cells and scroll position.
 */
final class RowDiff {
    private RowDiff() {
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
