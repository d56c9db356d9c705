package im.parley.client;

import im.parley.xmpp.ext.archiving.ChatCollection;
import im.parley.xmpp.ext.archiving.ChatItem;
import im.parley.xmpp.ext.archiving.CollectionArchive;
import im.parley.xmpp.ext.archiving.Modifications;
import im.parley.xmpp.ext.archiving.Modifications.Modification;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Keeps the local archive in step with a server archive that speaks only XEP-0136 (Message
 * Archiving), for servers without MAM. The first sync fetches the newest collections and notes
 * when it ran; every later one replicates (§10): it asks which collections were created or
 * changed since then, resuming after the last change it saw, and fetches each whole.
 *
 * <p>The archive gives messages no ids, so each gets one derived from its collection and its
 * place in it ({@link HistoryStore#storeDerivedPage}): a collection fetched again is stored once.
 * Removed collections stay in the local archive: the user's history is not deleted behind their
 * back by another device. Room collections are left out (rooms have their own archives).
 */
final class CollectionSync {
    private static final Logger LOG = Logger.getLogger(CollectionSync.class.getName());
    /** Collections asked for a page of changes, as the XEP's own example does. */
    static final int CHANGES_PAGE = 50;
    /** Messages asked for a page of a collection: as many as a MAM page. */
    static final int LINES_PAGE = ArchiveSync.PAGE;
    /** Collections the first sync fetches: the newest ones, as MAM's first sync fetches its newest page. */
    static final int FIRST_COLLECTIONS = 20;
    /**
     * How far before the first sync later replications look for changes: the server's clock and
     * ours may differ, and a collection changed in between is fetched twice rather than never.
     */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final Jid own;
    private final HistoryStore store;
    private final CollectionArchive archive;
    private final Executor storing;
    private final Consumer<AccountEvent> publish;

    CollectionSync(Jid own, HistoryStore store, CollectionArchive archive, Executor storing, Consumer<AccountEvent> publish) {
        this.own = own.bare();
        this.store = store;
        this.archive = archive;
        this.storing = storing;
        this.publish = publish;
    }

    /** Brings the local archive up to date; completes with what was fetched. */
    CompletableFuture<PagingResult> catchUp() {
        Optional<SyncPoint> held = store.syncPoint(own);
        if (held.isEmpty()) {
            return firstSync();
        }
        SyncPoint from = held.get();
        Instant since = from.newestTime() != null ? from.newestTime() : Instant.EPOCH;
        return replicate(from, since, from.newestId(), new Tally());
    }

    /** What a sync fetched so far. */
    private static final class Tally {
        int pages;
        int messages;
        int added;
    }

    private CompletableFuture<PagingResult> firstSync() {
        Instant since = Instant.now().minus(CLOCK_MARGIN);
        Tally tally = new Tally();
        return archive.list(null, null, null, PageRequest.last(FIRST_COLLECTIONS)).thenCompose(list -> {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (ChatCollection c : list.chats()) {
                chain = chain.thenCompose(v -> fetch(c.with(), c.start(), tally));
            }
            Page page = list.page();
            boolean reachedStart = list.chats().size() < FIRST_COLLECTIONS
                    || (page != null && Integer.valueOf(0).equals(page.firstIndex()));
            Instant oldest = list.chats().isEmpty() ? null : list.chats().get(0).start();
            return chain.thenApplyAsync(v -> {
                store.saveSyncPoint(own, new SyncPoint(null, since, null, oldest, reachedStart));
                publish.accept(new AccountEvent.HistorySynced(own, tally.added, true, null));
                return new PagingResult(tally.pages, tally.messages, null, true);
            }, storing);
        });
    }

    /** One page of changes after {@code after}, its changed collections fetched, then the next page. */
    private CompletableFuture<PagingResult> replicate(SyncPoint from, Instant since, String after, Tally tally) {
        return archive.modified(since, new PageRequest(CHANGES_PAGE, after, null, null)).thenCompose(changes -> {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (Modification m : changes.collections()) {
                if (m.removed()) {
                    LOG.fine(() -> "collection with " + m.with() + " at " + m.start() + " was removed from " + own + "'s archive; kept here");
                } else {
                    chain = chain.thenCompose(v -> fetch(m.with(), m.start(), tally));
                }
            }
            String last = lastOf(changes).orElse(after);
            boolean more = changes.collections().size() >= CHANGES_PAGE && !Objects.equals(last, after);
            return chain.thenApplyAsync(v -> {
                store.saveSyncPoint(own, new SyncPoint(last, since, from.oldestId(), from.oldestTime(), from.reachedStart()));
                publish.accept(new AccountEvent.HistorySynced(own, tally.added, !more, null));
                return more;
            }, storing).thenCompose(goOn -> goOn ? replicate(from, since, last, tally)
                    : CompletableFuture.completedFuture(new PagingResult(tally.pages, tally.messages, last, true)));
        });
    }

    private static Optional<String> lastOf(Modifications changes) {
        return Optional.ofNullable(changes.page()).map(Page::last);
    }

    /**
     * Fetches up to {@code max} messages with {@code peer} from the collections that started
     * before the oldest message held, newest collection first; completes with how many were new.
     */
    CompletableFuture<Integer> older(Jid peer, int max) {
        Instant before = store.oldestTime(peer).orElse(null);
        Tally tally = new Tally();
        return archive.list(peer.bare(), null, before, PageRequest.last(FIRST_COLLECTIONS)).thenCompose(list -> {
            List<ChatCollection> newestFirst = new ArrayList<>(list.chats());
            Collections.reverse(newestFirst);
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (ChatCollection c : newestFirst) {
                chain = chain.thenCompose(v -> tally.added >= max ? CompletableFuture.completedFuture(null)
                        : fetch(c.with(), c.start(), tally));
            }
            return chain.thenApply(v -> {
                publish.accept(new AccountEvent.HistorySynced(own, tally.added, true, null));
                return tally.added;
            });
        });
    }

    /** Every page of one collection, each stored before the next is asked for. */
    private CompletableFuture<Void> fetch(Jid with, Instant start, Tally tally) {
        return fetchFrom(with, start, new Position(start), null, tally);
    }

    /** Where the next line of a collection sits: its time (lines give seconds since the previous one) and index. */
    private static final class Position {
        Instant at;
        int index;

        Position(Instant start) {
            this.at = start;
        }
    }

    private CompletableFuture<Void> fetchFrom(Jid with, Instant start, Position position, String after, Tally tally) {
        return archive.retrieve(with, start, new PageRequest(LINES_PAGE, after, null, null)).thenCompose(chat -> {
            List<ArchivedMessage> messages = messagesOf(chat, position);
            String last = chat.page() == null ? null : chat.page().last();
            boolean more = chat.items().size() >= LINES_PAGE && last != null && !last.equals(after);
            return CompletableFuture.supplyAsync(() -> {
                tally.pages++;
                tally.messages += messages.size();
                tally.added += store.storeDerivedPage(own, messages);
                return more;
            }, storing).thenCompose(goOn -> goOn ? fetchFrom(with, start, position, last, tally)
                    : CompletableFuture.<Void>completedFuture(null));
        });
    }

    /** The messages of a page of a collection, with their times and derived ids; notes are not messages. */
    private List<ArchivedMessage> messagesOf(ChatCollection chat, Position position) {
        List<ArchivedMessage> out = new ArrayList<>();
        String collection = chat.start().getEpochSecond() + ":" + Integer.toHexString(chat.with().toString().hashCode());
        for (ChatItem item : chat.items()) {
            if (!(item instanceof ChatItem.Line line)) {
                continue;
            }
            position.at = line.utc() != null ? line.utc() : position.at.plusSeconds(line.secs() == null ? 0 : line.secs());
            int index = position.index++;
            if (line.name() != null || line.bodies().isEmpty()) {
                // A room's line (its sender's nick), or a line of extensions only.
                continue;
            }
            boolean sent = line.direction() == ChatItem.Direction.TO;
            Message m = Message.builder().type(Message.Type.CHAT).from(sent ? own : chat.with()).to(sent ? chat.with() : own)
                    .body(line.bodies().get(0)).build();
            out.add(new ArchivedMessage("xep0136:" + collection + ":" + index, position.at, m));
        }
        return out;
    }
}
