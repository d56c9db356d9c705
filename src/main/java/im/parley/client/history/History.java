package im.parley.client.history;

import im.parley.archive.ArchiveSearch;
import im.parley.archive.AttachmentRow;
import im.parley.archive.CallLog;
import im.parley.archive.ConversationKind;
import im.parley.archive.ConversationRow;
import im.parley.archive.Conversations;
import im.parley.archive.MessageQueries;
import im.parley.archive.StoredMessage;
import im.parley.client.call.CallRecord;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One account's stored history: conversations and their messages, read from the local archive. */
public final class History {
    private final long accountId;
    private final MessageQueries queries;
    private final Conversations conversations;
    private final ArchiveSearch search;
    private final CallLog calls;

    History(long accountId, MessageQueries queries, Conversations conversations, ArchiveSearch search, CallLog calls) {
        this.accountId = accountId;
        this.queries = queries;
        this.conversations = conversations;
        this.search = search;
        this.calls = calls;
    }

    /**
     * Messages whose text matches {@code text} (every word; the last one also as a prefix; case
     * and accents ignored), newest first, with {@code peer} or in every conversation.
     *
     * @throws IllegalArgumentException when the text holds no word
     */
    /**
     * Whether searches see all of the history: false while the search index is still catching
     * up after the profile opened (older messages may be missing from results until then).
     */
    public boolean searchComplete() {
        return search.caughtUp().isDone();
    }

    /** Completes once searches see all of the history (see {@link #searchComplete}). */
    public java.util.concurrent.CompletableFuture<Void> searchCaughtUp() {
        return search.caughtUp();
    }

    public List<SearchResult> search(String text, Jid peer, int limit) {
        return search(text, peer == null ? Optional.empty() : Optional.of(peer.bare().toString()), limit);
    }

    /** As {@link #search}, in the private conversation with one occupant of a room, room@service/nick. */
    public List<SearchResult> searchPrivate(String text, Jid occupant, int limit) {
        return search(text, Optional.of(occupant.toString()), limit);
    }

    private List<SearchResult> search(String text, Optional<String> conversation, int limit) {
        List<SearchResult> out = new ArrayList<>();
        for (ArchiveSearch.Found f : search.search(accountId, text, conversation, limit)) {
            out.add(new SearchResult(of(f.message()), f.matches().stream()
                    .map(r -> new SearchResult.TextRange(r.start(), r.end())).toList()));
        }
        return out;
    }

    /**
     * Up to {@code limit} messages with {@code peer}, oldest first: the newest ones, or those just
     * before the message {@code beforeKey} names. Empty when that key is not a message with peer.
     */
    public List<HistoryMessage> page(Jid peer, Long beforeKey, int limit) {
        return page(peer.bare().toString(), ConversationKind.CHAT, beforeKey, limit);
    }

    /** As {@link #page}, for the group room {@code room} (XEP-0045); the sender is each message's occupant JID. */
    public List<HistoryMessage> roomPage(Jid room, Long beforeKey, int limit) {
        return page(room.bare().toString(), ConversationKind.ROOM, beforeKey, limit);
    }

    /**
     * As {@link #page}, for the private conversation with one occupant of a room (XEP-0045 §7.5),
     * named by the occupant JID room@service/nick.
     */
    public List<HistoryMessage> privatePage(Jid occupant, Long beforeKey, int limit) {
        return page(occupant.toString(), ConversationKind.ROOM_PRIVATE, beforeKey, limit);
    }

    private List<HistoryMessage> page(String conversation, ConversationKind kind, Long beforeKey, int limit) {
        StoredMessage before = null;
        if (beforeKey != null) {
            before = queries.byKey(beforeKey).filter(m -> m.conversation().equals(conversation)).orElse(null);
            if (before == null) {
                return List.of();
            }
        }
        List<HistoryMessage> out = new ArrayList<>();
        for (StoredMessage m : queries.page(accountId, conversation, kind, before, limit)) {
            out.add(of(m));
        }
        return out;
    }

    /**
     * Up to {@code limit} calls with {@code peer}, oldest first: the newest ones, or those started
     * before {@code before}. A conversation shows them among its messages, by time.
     */
    public List<CallRecord> calls(Jid peer, Instant before, int limit) {
        return calls.page(accountId, peer.bare().toString(), before, limit).stream().map(CallRows::record).toList();
    }

    /** The messages the keys name, in that order. */
    public List<HistoryMessage> byKeys(List<Long> keys) {
        return queries.byKeys(keys).stream().map(History::of).toList();
    }

    /** The account's conversations: pinned first, then newest first. */
    public List<ConversationSummary> conversations() {
        List<ConversationSummary> out = new ArrayList<>();
        for (ConversationRow r : conversations.list(accountId)) {
            out.add(new ConversationSummary(r.peer(), r.kind() == ConversationKind.ROOM,
                    r.kind() == ConversationKind.ROOM_PRIVATE, r.lastTime(), r.lastBody(),
                    r.lastOutgoing(), r.unread(), r.pinned(), r.muted()));
        }
        return out;
    }

    /** How many messages with {@code peer} are stored. */
    public long count(Jid peer) {
        return queries.count(accountId, peer.bare().toString(), ConversationKind.CHAT);
    }

    static HistoryMessage of(StoredMessage m) {
        return new HistoryMessage(m.key(), m.conversation(), m.outgoing(), m.sender(), m.messageId(), m.stanzaId(),
                m.sortTime(), m.body(), m.edited(), m.retracted(), m.replyToId(), MessageRows.deliveryState(m.delivery()),
                m.reactions(), m.attachments().stream().map(AttachmentRow::url).toList(), m.moderatedBy(),
                m.moderationReason(), m.unstyled());
    }
}
