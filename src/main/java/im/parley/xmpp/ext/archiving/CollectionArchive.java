package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** What a client reads from an XEP-0136 archive: its collections, their messages and what changed. */
public interface CollectionArchive {
    /** A page of the collections with {@code with} (null: anyone) that started between start and end (each null: open). */
    CompletableFuture<CollectionList> list(Jid with, Instant start, Instant end, PageRequest page);

    /** A page of the messages of the collection {@code with} and {@code start} name. */
    CompletableFuture<ChatCollection> retrieve(Jid with, Instant start, PageRequest page);

    /** A page of the collections created, changed or removed after {@code start} (§10), in the order they changed. */
    CompletableFuture<Modifications> modified(Instant start, PageRequest page);
}
