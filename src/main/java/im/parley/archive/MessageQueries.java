package im.parley.archive;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored messages: pages of a conversation, the outbox, messages by key. */
public final class MessageQueries {
    private static final String COLUMNS = "m.id, v.peer, v.kind, m.outgoing, m.sender, m.occupant_id, m.message_id, "
            + "m.origin_id, m.stanza_id, m.server_time, m.local_time, m.sort_time, m.body, m.xhtml, m.reply_to_id, "
            + "m.reply_to_jid, m.edited_at, m.retracted_at, m.delivery, m.failure, m.moderated_by, m.moderation_reason, "
            + "m.unstyled";
    private static final String FROM = " FROM message m JOIN conversation v ON v.id = m.conversation_id ";

    private final Archive archive;

    public MessageQueries(Archive archive) {
        this.archive = archive;
    }

    /**
     * The {@code limit} messages of a conversation just before {@code before} (the newest when
     * null), oldest first, as a chat view shows them.
     */
    public List<StoredMessage> page(long accountId, String conversation, ConversationKind kind, StoredMessage before,
                                    int limit) {
        return archive.read(c -> {
            long id = Conversations.idOf(c, accountId, conversation, kind, false);
            if (id < 0) {
                return List.of();
            }
            // Keys first, from the time index alone (descending, so H2 starts at the bound and stops
            // after a page), then the rows by key.
            String sql = "SELECT m.id FROM message m WHERE m.conversation_id = ? "
                    + (before == null ? "" : "AND m.sort_time <= ? AND NOT (m.sort_time = ? AND m.id >= ?) ")
                    // conversation_id leads the ORDER BY as it leads the index: without it H2 does not see
                    // that the index is already in this order, reads every older message and sorts them.
                    + "ORDER BY m.conversation_id, m.sort_time DESC, m.id DESC LIMIT ?";
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                p.setLong(i++, id);
                if (before != null) {
                    p.setObject(i++, before.sortTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                    p.setObject(i++, before.sortTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                    p.setLong(i++, before.key());
                }
                p.setInt(i, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getLong(1));
                    }
                }
            }
            List<StoredMessage> newestFirst = byKeys(c, keys);
            Collections.reverse(newestFirst);
            return newestFirst;
        });
    }

    /**
     * Up to {@code limit} messages of one kind of conversation of the account, all conversations
     * together, in the order they were sent (then stored), after {@code after} (from the start when
     * null): an export reads the whole history in such pages.
     */
    public List<StoredMessage> ofAccount(long accountId, ConversationKind kind, StoredMessage after, int limit) {
        return archive.read(c -> {
            String sql = "SELECT " + COLUMNS + FROM + "WHERE v.account_id = ? AND v.kind = ? "
                    + (after == null ? "" : "AND (m.sort_time, m.id) > (?, ?) ")
                    + "ORDER BY m.sort_time, m.id LIMIT ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                p.setLong(i++, accountId);
                p.setInt(i++, kind.ordinal());
                if (after != null) {
                    p.setObject(i++, after.sortTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                    p.setLong(i++, after.key());
                }
                p.setInt(i, limit);
                return read(c, p);
            }
        });
    }

    /** Messages by key, in the order asked; keys no longer stored are left out. */
    public List<StoredMessage> byKeys(List<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return archive.read(c -> byKeys(c, keys));
    }

    /** The rows the keys name, in that order; "m.id = ANY(?)" would scan the whole table. */
    private static List<StoredMessage> byKeys(Connection c, List<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM UNNEST(?) AS k(x) JOIN message m ON m.id = k.x JOIN conversation v ON v.id = m.conversation_id")) {
            p.setObject(1, keys.toArray(new Long[0]));
            Map<Long, StoredMessage> found = new HashMap<>();
            for (StoredMessage m : read(c, p)) {
                found.put(m.key(), m);
            }
            List<StoredMessage> out = new ArrayList<>();
            for (Long k : keys) {
                if (found.containsKey(k)) {
                    out.add(found.get(k));
                }
            }
            return out;
        }
    }

    public Optional<StoredMessage> byKey(long key) {
        return byKeys(List.of(key)).stream().findFirst();
    }

    /** The account's outbox: messages the user wrote that have not reached the server, oldest first. */
    public List<StoredMessage> queued(long accountId) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + FROM + "WHERE v.account_id = ? "
                    + "AND m.outgoing = TRUE AND m.delivery = ? ORDER BY m.id")) {
                p.setLong(1, accountId);
                p.setInt(2, Delivery.PENDING.ordinal());
                return read(c, p);
            }
        });
    }

    /** Messages of any account stored after {@code key}, in key order: what the search index catches up on. */
    public List<StoredMessage> afterKey(long key, int limit) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + FROM
                    + "WHERE m.id > ? ORDER BY m.id LIMIT ?")) {
                p.setLong(1, key);
                p.setInt(2, limit);
                return read(c, p);
            }
        });
    }

    /** How many messages a conversation holds. */
    public long count(long accountId, String conversation, ConversationKind kind) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM message m JOIN conversation v "
                    + "ON v.id = m.conversation_id WHERE v.account_id = ? AND v.peer = ? AND v.kind = ?")) {
                p.setLong(1, accountId);
                p.setString(2, conversation);
                p.setInt(3, kind.ordinal());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** The archive id of the oldest message of a conversation that has one: where paging back goes on. */
    public Optional<String> oldestStanzaId(long accountId, String conversation, ConversationKind kind) {
        return archive.read(c -> {
            long id = Conversations.idOf(c, accountId, conversation, kind, false);
            if (id < 0) {
                return Optional.empty();
            }
            // Not a derived id: no MAM archive knows it.
            try (PreparedStatement p = c.prepareStatement("SELECT stanza_id FROM message WHERE conversation_id = ? "
                    + "AND stanza_id IS NOT NULL AND stanza_id NOT LIKE ? ORDER BY sort_time, id LIMIT 1")) {
                p.setLong(1, id);
                p.setString(2, NewMessage.DERIVED_ARCHIVE_ID + "%");
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** When the oldest message held of a conversation was sent (or reached us). */
    public Optional<Instant> oldestTime(long accountId, String conversation, ConversationKind kind) {
        return archive.read(c -> {
            long id = Conversations.idOf(c, accountId, conversation, kind, false);
            if (id < 0) {
                return Optional.empty();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT sort_time FROM message WHERE conversation_id = ? "
                    + "ORDER BY sort_time, id LIMIT 1")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getObject(1, Instant.class)) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** What a message said before each correction or its retraction, oldest first. */
    public List<String> revisions(long key) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT body FROM message_revision WHERE message_id = ? ORDER BY revision")) {
                p.setLong(1, key);
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }

    private static List<StoredMessage> read(Connection c, PreparedStatement p) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Object[] row = new Object[23];
                for (int i = 0; i < 23; i++) {
                    row[i] = r.getObject(i + 1);
                }
                row[9] = r.getObject(10, Instant.class);
                row[10] = r.getObject(11, Instant.class);
                row[11] = r.getObject(12, Instant.class);
                row[16] = r.getObject(17, Instant.class);
                row[17] = r.getObject(18, Instant.class);
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return new ArrayList<>();
        }
        Long[] keys = rows.stream().map(row -> (Long) row[0]).toArray(Long[]::new);
        Map<Long, Map<String, List<String>>> reactions = reactions(c, keys);
        Map<Long, List<AttachmentRow>> attachments = attachments(c, keys);
        List<StoredMessage> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long key = (Long) r[0];
            out.add(new StoredMessage(key, (String) r[1], ConversationKind.of(((Number) r[2]).intValue()),
                    (Boolean) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    (Instant) r[9], (Instant) r[10], (Instant) r[11], (String) r[12], (String) r[13], (String) r[14],
                    (String) r[15], (Instant) r[16], (Instant) r[17], Delivery.of(((Number) r[18]).intValue()),
                    (String) r[19], reactions.getOrDefault(key, Map.of()), attachments.getOrDefault(key, List.of()),
                    (String) r[20], (String) r[21], (Boolean) r[22]));
        }
        return out;
    }

    private static Map<Long, Map<String, List<String>>> reactions(Connection c, Long[] keys) throws SQLException {
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT r.message_id, r.sender, r.emojis FROM UNNEST(?) AS k(x) JOIN reaction r ON r.message_id = k.x "
                        + "ORDER BY r.at")) {
            p.setObject(1, keys);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Array array = r.getArray(3);
                    List<String> emojis = new ArrayList<>();
                    for (Object o : (Object[]) array.getArray()) {
                        emojis.add((String) o);
                    }
                    out.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), List.copyOf(emojis));
                }
            }
        }
        return out;
    }

    private static Map<Long, List<AttachmentRow>> attachments(Connection c, Long[] keys) throws SQLException {
        Map<Long, List<AttachmentRow>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT a.message_id, a.url, a.description, a.media_type, "
                + "a.size, a.file_name, a.local_path FROM UNNEST(?) AS k(x) JOIN attachment a ON a.message_id = k.x "
                + "ORDER BY a.message_id, a.position")) {
            p.setObject(1, keys);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long size = r.getLong(5);
                    out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new AttachmentRow(r.getString(2),
                            r.getString(3), r.getString(4), r.wasNull() ? null : size, r.getString(6), r.getString(7)));
                }
            }
        }
        return out;
    }
}
