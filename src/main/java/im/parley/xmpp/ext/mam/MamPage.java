package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's results.
 *
 * @param messages in the order the server sent them: chronological unless the page was flipped
 * @param complete the server said no further page exists in the direction asked (§4.3.2)
 * @param stable false when the server warned the results may still change
 * @param set the page's first and last archive ids as the fin gave them, maybe a count
 */
public record MamPage(List<ArchivedMessage> messages, boolean complete, boolean stable, Page set) {
    public MamPage {
        messages = List.copyOf(messages);
        Objects.requireNonNull(set, "set");
    }

    /** Up to {@code max} messages after this page: the next newer ones. */
    public Optional<PageRequest> next(int max) {
        return set.next(max);
    }

    /** Up to {@code max} messages before this page: the next older ones. */
    public Optional<PageRequest> previous(int max) {
        return set.previous(max);
    }
}
