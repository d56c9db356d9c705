package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Finds stored messages by their ids, inside a running write. */
final class MessageRefs {
    /** A stored message that a new copy duplicates. */
    record Match(long key, String stanzaId, Instant serverTime) {
    }

    /** A stored message a reference names. */
    record Row(long key, String sender, boolean retracted) {
    }

    /** The stored message {@code m} is a copy of, if any (see {@link MessageStore} for the rules). */
    Optional<Match> existing(Connection c, long conversation, NewMessage m) throws SQLException {
        boolean room = m.kind() != ConversationKind.CHAT;
        if (m.stanzaId() != null) {
            Optional<Match> byArchive = match(c, "SELECT id, stanza_id, server_time, sender, outgoing, body FROM message "
                    + "WHERE conversation_id = ? AND stanza_id = ?", conversation, m.stanzaId(), m, false, false);
            if (byArchive.isPresent()) {
                return byArchive;
            }
        }
        if (m.originId() != null) {
            Optional<Match> byOrigin = match(c, "SELECT id, stanza_id, server_time, sender, outgoing, body FROM message "
                    + "WHERE conversation_id = ? AND origin_id = ?", conversation, m.originId(), m, room, false);
            if (byOrigin.isPresent()) {
                return byOrigin;
            }
        }
        if (m.messageId() != null) {
            return match(c, "SELECT id, stanza_id, server_time, sender, outgoing, body FROM message "
                    + "WHERE conversation_id = ? AND message_id = ?", conversation, m.messageId(), m, room, true);
        }
        return Optional.empty();
    }

    private static Optional<Match> match(Connection c, String sql, long conversation, String id, NewMessage m,
                                         boolean sameSender, boolean sameBody) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, conversation);
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (r.getBoolean(5) != m.outgoing()
                            || (sameSender && !java.util.Objects.equals(r.getString(4), m.sender()))
                            || (sameBody && !r.getString(6).equals(m.body()))) {
                        continue;
                    }
                    return Optional.of(new Match(r.getLong(1), r.getString(2), r.getObject(3, Instant.class)));
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the stored copy the archive id and server time it lacked. */
    void fillIn(Connection c, Match stored, NewMessage copy) throws SQLException {
        boolean id = stored.stanzaId() == null && copy.stanzaId() != null;
        boolean time = stored.serverTime() == null && copy.serverTime() != null;
        if (!id && !time) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE message SET stanza_id = COALESCE(stanza_id, ?), "
                + "server_time = COALESCE(server_time, ?) WHERE id = ?")) {
            p.setString(1, copy.stanzaId());
            p.setObject(2, copy.serverTime(), Types.TIMESTAMP_WITH_TIMEZONE);
            p.setLong(3, stored.key());
            p.executeUpdate();
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
