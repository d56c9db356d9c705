package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Writes messages, each stored once. A message is the same as one stored when it has the same
 * archive id (stanza-id, XEP-0359), else the same origin-id, else the same stanza id attribute and
 * body, in the same conversation and direction (and from the same occupant in a room, where
 * occupants could otherwise suppress each other's messages by reusing their ids). The copy that
 * arrives later only fills in an archive id or server time the first lacked.
 *
 * <p>Corrections and retractions change the stored message and keep what it said before in
 * {@code message_revision}; each is applied once, however often it arrives.
 */
public final class MessageStore {
    private static final Logger LOG = Logger.getLogger(MessageStore.class.getName());

    private final Archive archive;
    private final MessageRefs refs = new MessageRefs();
    /** Conversation ids by (account, kind, peer); cleared when a write fails, since it may be rolled back. */
    private final Map<String, Long> conversations = new HashMap<>();
    private final List<Consumer<List<Long>>> storedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<Long>> changedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MessageStore(Archive archive) {
        this.archive = archive;
    }

    /** Told the keys of new messages after each committed write (the search index follows it). */
    public void addStoredListener(Consumer<List<Long>> listener) {
        storedListeners.add(listener);
    }

    /**
     * Told the key of a message whose text a correction or retraction changed, after the commit;
     * the change is also noted in {@code search_pending} in its transaction, for the search index.
     */
    public void addChangedListener(Consumer<Long> listener) {
        changedListeners.add(listener);
    }

    public Insertion insert(long accountId, NewMessage m) {
        return insertAll(accountId, List.of(m)).get(0);
    }

    /**
     * Stores a batch (a MAM page) in one transaction, each message at most once. The stored
     * messages it may duplicate are looked up for the whole batch at once, and each conversation's
     * last message and unread count are updated once.
     */
    public List<Insertion> insertAll(long accountId, List<NewMessage> batch) {
        List<Insertion> out = writing(c -> {
            long[] conversations = new long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                NewMessage m = batch.get(i);
                conversations[i] = conversationId(c, accountId, m.conversation(), m.kind());
            }
            MessageRefs.Candidates known = MessageRefs.Candidates.load(c, batch, conversations);
            Map<Long, Latest> latest = new LinkedHashMap<>();
            List<Insertion> done = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                done.add(insertOne(c, conversations[i], batch.get(i), known, latest));
            }
            for (Map.Entry<Long, Latest> e : latest.entrySet()) {
                updateConversation(c, e.getKey(), e.getValue());
            }
            return done;
        });
        List<Long> added = new ArrayList<>();
        for (Insertion i : out) {
            if (!i.duplicate()) {
                added.add(i.key());
            }
        }
        if (!added.isEmpty()) {
            storedListeners.forEach(l -> l.accept(added));
        }
        return out;
    }

    /** A conversation's newest message among those a batch inserted, and how many unread ones it added. */
    private static final class Latest {
        long key;
        Instant time;
        int unread;
    }

    private Insertion insertOne(Connection c, long conversation, NewMessage m, MessageRefs.Candidates known,
                                Map<Long, Latest> latest) throws SQLException {
        Optional<MessageRefs.Candidate> existing = known.existing(conversation, m);
        if (existing.isPresent()) {
            known.fillIn(c, existing.get(), m);
            return new Insertion(existing.get().key, true);
        }
        long key;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO message (conversation_id, outgoing, sender, "
                + "occupant_id, message_id, origin_id, stanza_id, server_time, local_time, sort_time, body, xhtml, "
                + "reply_to_id, reply_to_jid, delivery, unstyled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            p.setLong(1, conversation);
            p.setBoolean(2, m.outgoing());
            p.setString(3, m.sender());
            p.setString(4, m.occupantId());
            p.setString(5, m.messageId());
            p.setString(6, m.originId());
            p.setString(7, m.stanzaId());
            p.setObject(8, m.serverTime(), Types.TIMESTAMP_WITH_TIMEZONE);
            p.setObject(9, m.localTime(), Types.TIMESTAMP_WITH_TIMEZONE);
            p.setObject(10, m.sortTime(), Types.TIMESTAMP_WITH_TIMEZONE);
            p.setString(11, m.body());
            p.setString(12, m.xhtml());
            p.setString(13, m.replyToId());
            p.setString(14, m.replyToJid());
            p.setInt(15, m.delivery().ordinal());
            p.setBoolean(16, m.unstyled());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                key = keys.getLong(1);
            }
        }
        insertAttachments(c, key, m.attachments());
        known.inserted(key, conversation, m);
        // As one UPDATE per message would: the newest by sort time wins, a later one on a tie.
        Latest l = latest.computeIfAbsent(conversation, k -> new Latest());
        if (l.time == null || !l.time.isAfter(m.sortTime())) {
            l.time = m.sortTime();
            l.key = key;
        }
        if (!m.outgoing() && m.delivery() == Delivery.PENDING) {
            l.unread++;
        }
        return new Insertion(key, false);
    }

    private static void updateConversation(Connection c, long conversation, Latest l) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE conversation SET "
                + "last_message_id = CASE WHEN last_time IS NULL OR last_time <= ? THEN ? ELSE last_message_id END, "
                + "last_time = CASE WHEN last_time IS NULL OR last_time <= ? THEN ? ELSE last_time END, "
                + "unread = unread + ? WHERE id = ?")) {
            p.setObject(1, l.time, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setLong(2, l.key);
            p.setObject(3, l.time, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setObject(4, l.time, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setInt(5, l.unread);
            p.setLong(6, conversation);
            p.executeUpdate();
        }
    }

    private static void insertAttachments(Connection c, long key, List<AttachmentRow> attachments) throws SQLException {
        if (attachments.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO attachment (message_id, position, url, description, "
                + "media_type, size, file_name, local_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AttachmentRow a : attachments) {
                p.setLong(1, key);
                p.setInt(2, position++);
                p.setString(3, a.url());
                p.setString(4, a.description());
                p.setString(5, a.mediaType());
                p.setObject(6, a.size(), Types.BIGINT);
                p.setString(7, a.fileName());
                p.setString(8, a.localPath());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Replaces the text of the message {@code ref} names (XEP-0308) with {@code body} (shown as
     * written when {@code unstyled}, as the correction asks), keeping the old text. Only the
     * original's sender may correct it ({@code senderMatches} is that check); a correction seen
     * before (same {@code correctionId}) changes nothing. Empty when there is no such message of
     * that sender.
     */
    public Optional<Long> correct(long accountId, Reference ref, String body, String xhtml, boolean unstyled,
                                  String correctionId, Instant at) {
        return changed(writing(c -> {
            Optional<MessageRefs.Row> original = refs.find(c, conversationId(c, accountId, ref.conversation(), ref.kind()), ref);
            if (original.isEmpty()) {
                LOG.fine(() -> "correction of an unknown message " + ref);
                return Optional.empty();
            }
            long key = original.get().key();
            if (correctionId != null && refs.revisedBy(c, key, correctionId)) {
                return Optional.of(key);
            }
            refs.keepRevision(c, key, correctionId, at);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE message SET body = ?, xhtml = ?, unstyled = ?, edited_at = ? WHERE id = ? "
                            + "AND retracted_at IS NULL")) {
                p.setString(1, body);
                p.setString(2, xhtml);
                p.setBoolean(3, unstyled);
                p.setObject(4, at, Types.TIMESTAMP_WITH_TIMEZONE);
                p.setLong(5, key);
                p.executeUpdate();
            }
            pendingForSearch(c, key);
            return Optional.of(key);
        }));
    }

    /** Retracts the message {@code ref} names (XEP-0424): its text goes, kept as a revision. */
    public Optional<Long> retract(long accountId, Reference ref, Instant at) {
        return changed(writing(c -> {
            Optional<MessageRefs.Row> original = refs.find(c, conversationId(c, accountId, ref.conversation(), ref.kind()), ref);
            if (original.isEmpty() || original.get().retracted()) {
                return original.map(MessageRefs.Row::key);
            }
            long key = original.get().key();
            refs.keepRevision(c, key, null, at);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE message SET body = '', xhtml = NULL, retracted_at = ? WHERE id = ?")) {
                p.setObject(1, at, Types.TIMESTAMP_WITH_TIMEZONE);
                p.setLong(2, key);
                p.executeUpdate();
            }
            pendingForSearch(c, key);
            return Optional.of(key);
        }));
    }

    /** What {@link #moderate} found. */
    public enum Moderation {
        /** The message is a tombstone now. */
        APPLIED,
        /** It was one already: the same moderation arrived again (live, then from the archive). */
        ALREADY_APPLIED,
        /** No message of the room has that stanza id here. */
        NO_SUCH_MESSAGE
    }

    /**
     * Turns the room message the room gave the stanza id {@code stanzaId} into a tombstone
     * (XEP-0425): its text, earlier versions and attachments go (the point of moderation is that
     * they are gone; no revision is kept), the row stays, with who moderated it ({@code by}, empty
     * when the room did not say) and why. Only the room's stanza id names a message here, never an
     * id its sender chose. Applied once, however often the moderation arrives.
     */
    public Moderation moderate(long accountId, String room, String stanzaId, String by, String reason, Instant at) {
        Tombstoned done = writing(c -> {
            long conversation = conversationId(c, accountId, room, ConversationKind.ROOM);
            long key;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, moderated_by FROM message WHERE conversation_id = ? AND stanza_id = ?")) {
                p.setLong(1, conversation);
                p.setString(2, stanzaId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return new Tombstoned(Moderation.NO_SUCH_MESSAGE, 0);
                    }
                    if (r.getString(2) != null) {
                        return new Tombstoned(Moderation.ALREADY_APPLIED, r.getLong(1));
                    }
                    key = r.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE message SET body = '', xhtml = NULL, "
                    + "retracted_at = COALESCE(retracted_at, ?), moderated_by = ?, moderation_reason = ? WHERE id = ?")) {
                p.setObject(1, at, Types.TIMESTAMP_WITH_TIMEZONE);
                p.setString(2, by == null ? "" : by);
                p.setString(3, reason);
                p.setLong(4, key);
                p.executeUpdate();
            }
            for (String table : new String[] {"message_revision", "attachment"}) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE message_id = ?")) {
                    p.setLong(1, key);
                    p.executeUpdate();
                }
            }
            pendingForSearch(c, key);
            return new Tombstoned(Moderation.APPLIED, key);
        });
        if (done.outcome() == Moderation.APPLIED) {
            changed(Optional.of(done.key()));
        }
        return done.outcome();
    }

    private record Tombstoned(Moderation outcome, long key) {
    }

    private static void pendingForSearch(Connection c, long key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO search_pending (message_id) KEY (message_id) VALUES (?)")) {
            p.setLong(1, key);
            p.executeUpdate();
        }
    }

    private Optional<Long> changed(Optional<Long> key) {
        key.ifPresent(k -> changedListeners.forEach(l -> l.accept(k)));
        return key;
    }

    /** {@code reactor}'s reactions to the message {@code ref} names, replacing their earlier ones (XEP-0444). */
    public Optional<Long> react(long accountId, Reference ref, String reactor, List<String> emojis, Instant at) {
        return writing(c -> {
            Optional<MessageRefs.Row> target = refs.find(c, conversationId(c, accountId, ref.conversation(), ref.kind()),
                    ref.anySender());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            long key = target.get().key();
            try (PreparedStatement p = c.prepareStatement("DELETE FROM reaction WHERE message_id = ? AND sender = ?")) {
                p.setLong(1, key);
                p.setString(2, reactor);
                p.executeUpdate();
            }
            if (!emojis.isEmpty()) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO reaction (message_id, sender, emojis, at) VALUES (?, ?, ?, ?)")) {
                    p.setLong(1, key);
                    p.setString(2, reactor);
                    p.setObject(3, emojis.toArray(new String[0]));
                    p.setObject(4, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    p.executeUpdate();
                }
            }
            return Optional.of(key);
        });
    }

    /**
     * Moves a message's delivery state forward (never back, and never out of failed), with the
     * reason when it failed. False when no such message is stored.
     */
    public boolean advance(long accountId, Reference ref, Delivery next, String failure) {
        return writing(c -> {
            Optional<MessageRefs.Row> row = refs.find(c, conversationId(c, accountId, ref.conversation(), ref.kind()), ref);
            if (row.isEmpty()) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE message SET delivery = ?, failure = ? "
                    + "WHERE id = ? AND delivery < ? AND delivery <> ?")) {
                p.setInt(1, next.ordinal());
                p.setString(2, next == Delivery.FAILED ? failure : null);
                p.setLong(3, row.get().key());
                p.setInt(4, next.ordinal());
                p.setInt(5, Delivery.FAILED.ordinal());
                p.executeUpdate();
            }
            return true;
        });
    }

    /** The user read the conversation: its incoming messages become displayed and its count zero. */
    public void markRead(long accountId, String conversation, ConversationKind kind) {
        writing(c -> {
            long id = conversationId(c, accountId, conversation, kind);
            try (PreparedStatement p = c.prepareStatement("UPDATE message SET delivery = ? "
                    + "WHERE conversation_id = ? AND outgoing = FALSE AND delivery = ?")) {
                p.setInt(1, Delivery.DISPLAYED.ordinal());
                p.setLong(2, id);
                p.setInt(3, Delivery.PENDING.ordinal());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE conversation SET unread = 0 WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The private conversation with a room's occupant follows their new nick (XEP-0045 §7.6):
     * {@code from} (room@service/old) becomes {@code to} (room@service/new), history included,
     * unless a conversation under {@code to} exists already (someone had that nick before); both
     * then stay as they are. Returns whether it moved.
     */
    public boolean renamePrivateConversation(long accountId, String from, String to) {
        List<Long> moved = writing(c -> {
            long id = Conversations.idOf(c, accountId, from, ConversationKind.ROOM_PRIVATE, false);
            if (id < 0 || Conversations.idOf(c, accountId, to, ConversationKind.ROOM_PRIVATE, false) >= 0) {
                return null;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE conversation SET peer = ? WHERE id = ?")) {
                p.setString(1, to);
                p.setLong(2, id);
                p.executeUpdate();
            }
            // The search index files a message under its conversation's peer: each is filed again.
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM message WHERE conversation_id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getLong(1));
                    }
                }
            }
            for (long key : keys) {
                pendingForSearch(c, key);
            }
            return keys;
        });
        if (moved == null) {
            return false;
        }
        synchronized (conversations) {
            conversations.remove(accountId + " " + ConversationKind.ROOM_PRIVATE.ordinal() + " " + from);
        }
        moved.forEach(key -> changedListeners.forEach(l -> l.accept(key)));
        return true;
    }

    private <T> T writing(Archive.Work<T> work) {
        try {
            return archive.write(work);
        } catch (RuntimeException e) {
            synchronized (conversations) {
                conversations.clear();
            }
            throw e;
        }
    }

    /** The conversation's id, created on first use; called inside a write. */
    private long conversationId(Connection c, long accountId, String peer, ConversationKind kind) throws SQLException {
        String cacheKey = accountId + " " + kind.ordinal() + " " + peer;
        synchronized (conversations) {
            Long known = conversations.get(cacheKey);
            if (known != null) {
                return known;
            }
        }
        long id = Conversations.idOf(c, accountId, peer, kind, true);
        synchronized (conversations) {
            conversations.put(cacheKey, id);
        }
        return id;
    }
}
