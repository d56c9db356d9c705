package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conversations of an account, newest first, as the sidebar shows them. */
public final class Conversations {
    private final Archive archive;

    public Conversations(Archive archive) {
        this.archive = archive;
    }

    /** Every conversation of the account: pinned first, then by last message, newest first. */
    public List<ConversationRow> list(long accountId) {
        return archive.read(c -> {
            List<ConversationRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT v.peer, v.kind, v.last_message_id, v.last_time, "
                    + "m.body, m.outgoing, v.unread, v.pinned, v.muted FROM conversation v "
                    + "LEFT JOIN message m ON m.id = v.last_message_id WHERE v.account_id = ? "
                    + "ORDER BY v.pinned DESC, v.last_time DESC NULLS LAST, v.id")) {
                p.setLong(1, accountId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long last = r.getLong(3);
                        out.add(new ConversationRow(r.getString(1), ConversationKind.of(r.getInt(2)),
                                r.wasNull() ? null : last, r.getObject(4, Instant.class), r.getString(5),
                                r.getBoolean(6), r.getInt(7), r.getBoolean(8), r.getBoolean(9)));
                    }
                }
            }
            return out;
        });
    }

    /** The id of a conversation, created when {@code create} and it is new; -1 when absent. */
    static long idOf(Connection c, long accountId, String peer, ConversationKind kind, boolean create)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM conversation WHERE account_id = ? AND peer = ? AND kind = ?")) {
            p.setLong(1, accountId);
            p.setString(2, peer);
            p.setInt(3, kind.ordinal());
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        if (!create) {
            return -1;
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO conversation (account_id, peer, kind) VALUES (?, ?, ?)", new String[] {"ID"})) {
            p.setLong(1, accountId);
            p.setString(2, peer);
            p.setInt(3, kind.ordinal());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
