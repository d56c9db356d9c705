package im.parley.client;

import im.parley.xmpp.ext.archiving.ChatCollection;
import im.parley.xmpp.ext.archiving.ChatItem;
import im.parley.xmpp.ext.archiving.CollectionArchive;
import im.parley.xmpp.ext.archiving.CollectionList;
import im.parley.xmpp.ext.archiving.Modifications;
import im.parley.xmpp.ext.archiving.Modifications.Modification;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * An XEP-0136 server archive in memory, answering as §9 and §10 say: collections listed in
 * chronological order, items and changes paged by RSM with opaque ids (here, positions), and
 * the changes after a time in the order they happened. It records every request.
 */
final class CollectionArchiveInMemory implements CollectionArchive {
    private record Change(Modification what, Instant at) {
    }

    private final List<ChatCollection> collections = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    /** Adds a collection (or lines to an existing one) and logs the change at {@code at}. */
    synchronized void add(Jid with, Instant start, Instant at, List<ChatItem> lines) {
        ChatCollection existing = find(with, start);
        List<ChatItem> items = new ArrayList<>(existing == null ? List.of() : existing.items());
        items.addAll(lines);
        if (existing != null) {
            collections.remove(existing);
        }
        int version = existing == null ? 0 : existing.version() + 1;
        collections.add(new ChatCollection(with, start, null, null, version, items, null));
        collections.sort((a, b) -> a.start().compareTo(b.start()));
        changes.add(new Change(new Modification(false, with, start, version), at));
    }

    synchronized void remove(Jid with, Instant start, Instant at) {
        ChatCollection existing = find(with, start);
        collections.remove(existing);
        changes.add(new Change(new Modification(true, with, start, existing.version() + 1), at));
    }

    private ChatCollection find(Jid with, Instant start) {
        return collections.stream().filter(c -> c.with().equals(with) && c.start().equals(start)).findFirst().orElse(null);
    }

    @Override
    public synchronized CompletableFuture<CollectionList> list(Jid with, Instant start, Instant end, PageRequest page) {
        asked.add("list with=" + with + " end=" + end + " " + page);
        Predicate<ChatCollection> in = c -> (with == null || c.with().bare().equals(with.bare()))
                && (start == null || !c.start().isBefore(start)) && (end == null || c.start().isBefore(end));
        List<ChatCollection> all = collections.stream().filter(in)
                .map(c -> ChatCollection.header(c.with(), c.start(), null, null, c.version())).toList();
        int[] span = span(all.size(), page);
        List<ChatCollection> out = all.subList(span[0], span[1]);
        return CompletableFuture.completedFuture(new CollectionList(out, pageOf(span, all.size())));
    }

    @Override
    public synchronized CompletableFuture<ChatCollection> retrieve(Jid with, Instant start, PageRequest page) {
        asked.add("retrieve " + with + " " + start + " " + page);
        ChatCollection c = find(with, start);
        if (c == null) {
            return CompletableFuture.failedFuture(new StanzaErrorException(StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND), null));
        }
        int[] span = span(c.items().size(), page);
        return CompletableFuture.completedFuture(new ChatCollection(with, start, null, null, c.version(),
                c.items().subList(span[0], span[1]), pageOf(span, c.items().size())));
    }

    @Override
    public synchronized CompletableFuture<Modifications> modified(Instant start, PageRequest page) {
        asked.add("modified after=" + page.after());
        List<Modification> since = changes.stream().filter(c -> c.at().isAfter(start)).map(Change::what).toList();
        int[] span = span(since.size(), page);
        return CompletableFuture.completedFuture(new Modifications(since.subList(span[0], span[1]),
                span[0] == span[1] ? null : pageOf(span, since.size())));
    }

    /** The positions [from, to) a request asks for: the first max after 'after', or the last max before 'before'. */
    private static int[] span(int size, PageRequest page) {
        int max = page.max() == null ? size : page.max();
        if (page.before() != null) {
            int to = page.before().isEmpty() ? size : Integer.parseInt(page.before());
            return new int[] {Math.max(0, to - max), to};
        }
        int from = page.after() == null ? 0 : Integer.parseInt(page.after()) + 1;
        return new int[] {Math.min(from, size), Math.min(size, from + max)};
    }

    private static Page pageOf(int[] span, int count) {
        return span[0] == span[1] ? new Page(null, null, null, count)
                : new Page(Integer.toString(span[0]), span[0], Integer.toString(span[1] - 1), count);
    }
}
