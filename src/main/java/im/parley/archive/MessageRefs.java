package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Finds stored messages by their ids, inside a running write. */
final class MessageRefs {
    /** A stored message a reference names. */
    record Row(long key, String sender, boolean retracted) {
    }

    /**
     * The stored messages that the messages of a batch may be copies of, loaded with at most
     * three queries a conversation (by archive id, origin-id and id attribute, each for all of
     * the batch's ids at once), and kept up to date as the batch is written, so a message later
     * in the batch finds one earlier in it. Used inside one running write.
     */
    static final class Candidates {
        /**
         * How far apart in time a copy from an archive without ids (XEP-0136) and a stored copy
         * may be: the archive stamps the server's time in whole seconds, a live copy has the
         * time it reached us, and the two clocks may differ.
         */
        static final Duration DERIVED_MATCH = Duration.ofMinutes(2);

        private final Map<Long, Candidate> byKey = new HashMap<>();
        private final Map<Ref, List<Candidate>> byStanzaId = new HashMap<>();
        private final Map<Ref, List<Candidate>> byOriginId = new HashMap<>();
        private final Map<Ref, List<Candidate>> byMessageId = new HashMap<>();
        /** Stored messages without an archive id, near in time to a batch's messages with derived ones. */
        private final Map<Text, List<Candidate>> byText = new HashMap<>();

        private record Ref(long conversation, String id) {
        }

        private record Text(long conversation, boolean outgoing, String body) {
        }

        /** Loads the rows sharing an id with a message of {@code batch}; {@code conversations[i]} is batch[i]'s. */
        static Candidates load(Connection c, List<NewMessage> batch, long[] conversations) throws SQLException {
            Map<Long, Set<String>[]> ids = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                NewMessage m = batch.get(i);
                @SuppressWarnings("unchecked")
                Set<String>[] sets = ids.computeIfAbsent(conversations[i],
                        k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()});
                add(sets[0], m.stanzaId());
                add(sets[1], m.originId());
                add(sets[2], m.messageId());
            }
            Candidates out = new Candidates();
            List<Candidate> loaded = new ArrayList<>();
            for (Map.Entry<Long, Set<String>[]> e : ids.entrySet()) {
                String[] columns = {"stanza_id", "origin_id", "message_id"};
                for (int k = 0; k < 3; k++) {
                    if (!e.getValue()[k].isEmpty()) {
                        loaded.addAll(out.query(c, e.getKey(), columns[k], e.getValue()[k]));
                    }
                }
            }
            // In key order, as the lookups one message at a time found them (the index's order).
            loaded.sort(Comparator.comparingLong(x -> x.key));
            for (Candidate x : loaded) {
                out.index(x);
            }
            out.loadNearInTime(c, batch, conversations);
            return out;
        }

        /**
         * For the batch's messages with derived archive ids: the stored messages of their
         * conversations with no archive id, from {@link #DERIVED_MATCH} before the earliest to
         * as long after the latest, one query a conversation.
         */
        private void loadNearInTime(Connection c, List<NewMessage> batch, long[] conversations) throws SQLException {
            Map<Long, Instant[]> spans = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                NewMessage m = batch.get(i);
                if (m.hasDerivedArchiveId()) {
                    Instant at = m.sortTime();
                    spans.merge(conversations[i], new Instant[] {at, at}, (a, b) -> new Instant[] {
                            a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                }
            }
            for (Map.Entry<Long, Instant[]> span : spans.entrySet()) {
                try (PreparedStatement p = c.prepareStatement("SELECT id, server_time, sender, outgoing, body, "
                        + "origin_id, message_id, sort_time FROM message WHERE conversation_id = ? "
                        + "AND sort_time BETWEEN ? AND ? AND stanza_id IS NULL ORDER BY sort_time, id")) {
                    p.setLong(1, span.getKey());
                    p.setObject(2, span.getValue()[0].minus(DERIVED_MATCH), Types.TIMESTAMP_WITH_TIMEZONE);
                    p.setObject(3, span.getValue()[1].plus(DERIVED_MATCH), Types.TIMESTAMP_WITH_TIMEZONE);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            Candidate x = byKey.get(r.getLong(1));
                            if (x == null) {
                                x = new Candidate(r.getLong(1), span.getKey(), null, r.getObject(2, Instant.class),
                                        r.getString(3), r.getBoolean(4), r.getString(5), r.getString(6), r.getString(7));
                                byKey.put(x.key, x);
                            }
                            x.sortTime = r.getObject(8, Instant.class);
                            byText.computeIfAbsent(new Text(x.conversation, x.outgoing, x.body), k -> new ArrayList<>()).add(x);
                        }
                    }
                }
            }
        }

        private static void add(Set<String> set, String id) {
            if (id != null) {
                set.add(id);
            }
        }

        private List<Candidate> query(Connection c, long conversation, String column, Set<String> values)
                throws SQLException {
            List<Candidate> found = new ArrayList<>();
            // A join with the id list, so each id is one lookup in the (conversation_id, column)
            // index; "column = ANY(?)" would scan the whole conversation.
            try (PreparedStatement p = c.prepareStatement("SELECT m.id, m.stanza_id, m.server_time, m.sender, "
                    + "m.outgoing, m.body, m.origin_id, m.message_id FROM UNNEST(?) AS t(x) JOIN message m "
                    + "ON m.conversation_id = ? AND m." + column + " = t.x")) {
                p.setObject(1, values.toArray(new String[0]));
                p.setLong(2, conversation);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long key = r.getLong(1);
                        if (byKey.containsKey(key)) {
                            continue;
                        }
                        Candidate x = new Candidate(key, conversation, r.getString(2), r.getObject(3, Instant.class),
                                r.getString(4), r.getBoolean(5), r.getString(6), r.getString(7), r.getString(8));
                        byKey.put(key, x);
                        found.add(x);
                    }
                }
            }
            return found;
        }

        private void index(Candidate x) {
            byKey.put(x.key, x);
            put(byStanzaId, x.conversation, x.stanzaId, x);
            put(byOriginId, x.conversation, x.originId, x);
            put(byMessageId, x.conversation, x.messageId, x);
        }

        private static void put(Map<Ref, List<Candidate>> map, long conversation, String id, Candidate x) {
            if (id != null) {
                map.computeIfAbsent(new Ref(conversation, id), k -> new ArrayList<>(1)).add(x);
            }
        }

        /** The stored message {@code m} is a copy of, if any (see {@link MessageStore} for the rules). */
        Optional<Candidate> existing(long conversation, NewMessage m) {
            boolean room = m.kind() != ConversationKind.CHAT;
            if (m.stanzaId() != null) {
                Optional<Candidate> byArchive = match(byStanzaId, conversation, m.stanzaId(), m, false, false);
                if (byArchive.isPresent()) {
                    return byArchive;
                }
            }
            if (m.originId() != null) {
                // The user's own messages need no sender check: only they are outgoing, and the
                // local echo of one to a room may name another nick than the room's echo does.
                Optional<Candidate> byOrigin = match(byOriginId, conversation, m.originId(), m, room && !m.outgoing(), false);
                if (byOrigin.isPresent()) {
                    return byOrigin;
                }
            }
            if (m.messageId() != null) {
                return match(byMessageId, conversation, m.messageId(), m, room, true);
            }
            if (m.hasDerivedArchiveId()) {
                return nearestInTime(conversation, m);
            }
            return Optional.empty();
        }

        /**
         * The stored message without an archive id nearest in time to {@code m} with its direction
         * and body, within {@link #DERIVED_MATCH}. Once matched it takes m's archive id, so two
         * equal lines of a collection match two stored copies, not one twice.
         */
        private Optional<Candidate> nearestInTime(long conversation, NewMessage m) {
            Candidate best = null;
            for (Candidate x : byText.getOrDefault(new Text(conversation, m.outgoing(), m.body()), List.of())) {
                Duration apart = Duration.between(x.sortTime, m.sortTime()).abs();
                if (x.stanzaId == null && apart.compareTo(DERIVED_MATCH) <= 0
                        && (best == null || apart.compareTo(Duration.between(best.sortTime, m.sortTime()).abs()) < 0)) {
                    best = x;
                }
            }
            return Optional.ofNullable(best);
        }

        private static Optional<Candidate> match(Map<Ref, List<Candidate>> map, long conversation, String id,
                                                 NewMessage m, boolean sameSender, boolean sameBody) {
            for (Candidate x : map.getOrDefault(new Ref(conversation, id), List.of())) {
                if (x.outgoing != m.outgoing()
                        || (sameSender && !Objects.equals(x.sender, m.sender()))
                        || (sameBody && !x.body.equals(m.body()))) {
                    continue;
                }
                return Optional.of(x);
            }
            return Optional.empty();
        }

        /** A message of the batch was inserted under {@code key}: later ones may be copies of it. */
        void inserted(long key, long conversation, NewMessage m) {
            index(new Candidate(key, conversation, m.stanzaId(), m.serverTime(), m.sender(), m.outgoing(), m.body(),
                    m.originId(), m.messageId()));
        }

        /** Gives the stored copy the archive id and server time it lacked. */
        void fillIn(Connection c, Candidate stored, NewMessage copy) throws SQLException {
            boolean id = stored.stanzaId == null && copy.stanzaId() != null;
            boolean time = stored.serverTime == null && copy.serverTime() != null;
            if (!id && !time) {
                return;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE message SET stanza_id = COALESCE(stanza_id, ?), "
                    + "server_time = COALESCE(server_time, ?) WHERE id = ?")) {
                p.setString(1, copy.stanzaId());
                p.setObject(2, copy.serverTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setLong(3, stored.key);
                p.executeUpdate();
            }
            if (id) {
                stored.stanzaId = copy.stanzaId();
                put(byStanzaId, stored.conversation, stored.stanzaId, stored);
                byStanzaId.get(new Ref(stored.conversation, stored.stanzaId)).sort(Comparator.comparingLong(x -> x.key));
            }
            if (time) {
                stored.serverTime = copy.serverTime();
            }
        }
    }

    /** A stored message (or one written earlier in the batch) as the duplicate rules see it. */
    static final class Candidate {
        final long key;
        final long conversation;
        String stanzaId;
        Instant serverTime;
        /** Loaded only for the messages a derived archive id may match. */
        Instant sortTime;
        final String sender;
        final boolean outgoing;
        final String body;
        final String originId;
        final String messageId;

        Candidate(long key, long conversation, String stanzaId, Instant serverTime, String sender, boolean outgoing,
                  String body, String originId, String messageId) {
            this.key = key;
            this.conversation = conversation;
            this.stanzaId = stanzaId;
            this.serverTime = serverTime;
            this.sender = sender;
            this.outgoing = outgoing;
            this.body = body;
            this.originId = originId;
            this.messageId = messageId;
        }
    }

    /** The message {@code ref} names: by id attribute, then origin-id, then archive id. */
    Optional<Row> find(Connection c, long conversation, Reference ref) throws SQLException {
        for (String column : new String[] {"message_id", "origin_id", "stanza_id"}) {
            try (PreparedStatement p = c.prepareStatement("SELECT id, sender, outgoing, retracted_at FROM message "
                    + "WHERE conversation_id = ? AND " + column + " = ? ORDER BY id DESC")) {
                p.setLong(1, conversation);
                p.setString(2, ref.id());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if ((ref.outgoing() == null || ref.outgoing() == r.getBoolean(3))
                                && ref.senderMatches(r.getString(2))) {
                            return Optional.of(new Row(r.getLong(1), r.getString(2), r.getObject(4) != null));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    boolean revisedBy(Connection c, long key, String correctionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM message_revision WHERE message_id = ? AND replaced_by = ?")) {
            p.setLong(1, key);
            p.setString(2, correctionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Keeps the message's current text as its next revision. */
    void keepRevision(Connection c, long key, String replacedBy, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO message_revision "
                + "(message_id, revision, body, xhtml, replaced_at, replaced_by) "
                + "SELECT id, (SELECT COALESCE(MAX(revision), 0) + 1 FROM message_revision WHERE message_id = ?), "
                + "body, xhtml, ?, ? FROM message WHERE id = ?")) {
            p.setLong(1, key);
            p.setObject(2, at, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setString(3, replacedBy);
            p.setLong(4, key);
            p.executeUpdate();
        }
    }
}
