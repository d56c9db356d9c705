package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The calls of each account, one row per call session, written once when the call ends. */
public final class CallLog {
    /** The outcome word of an incoming call nobody answered: it counts as unread in its conversation. */
    public static final String MISSED = "missed";
    private static final String COLUMNS = "session_id, peer, incoming, video, started_at, answered_at, ended_at, outcome";

    private final Archive archive;

    public CallLog(Archive archive) {
        this.archive = archive;
    }

    /**
     * Stores a finished call, committed on return; false when this session was stored already.
     * An incoming missed call adds one to its conversation's unread count.
     */
    public boolean insert(long accountId, CallRow call) {
        return archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO call_log (account_id, " + COLUMNS
                    + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM call_log WHERE account_id = ? AND session_id = ?)")) {
                int i = 1;
                p.setLong(i++, accountId);
                p.setString(i++, call.sessionId());
                p.setString(i++, call.peer());
                p.setBoolean(i++, call.incoming());
                p.setBoolean(i++, call.video());
                for (Instant t : new Instant[] {call.started(), call.answered(), call.ended()}) {
                    p.setObject(i++, t, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                p.setString(i++, call.outcome());
                p.setLong(i++, accountId);
                p.setString(i, call.sessionId());
                if (p.executeUpdate() == 0) {
                    return false;
                }
            }
            if (call.incoming() && MISSED.equals(call.outcome())) {
                countUnread(c, accountId, call.peer());
            }
            return true;
        });
    }

    /** Up to {@code limit} calls with {@code peer}, oldest first: the newest ones, or those started before {@code before}. */
    public List<CallRow> page(long accountId, String peer, Instant before, int limit) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM call_log WHERE account_id = ? "
                    + "AND peer = ?" + (before == null ? "" : " AND started_at < ?") + " ORDER BY started_at DESC LIMIT ?")) {
                int i = 1;
                p.setLong(i++, accountId);
                p.setString(i++, peer);
                if (before != null) {
                    p.setObject(i++, before, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                p.setInt(i, limit);
                List<CallRow> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new CallRow(r.getString(1), r.getString(2), r.getBoolean(3), r.getBoolean(4),
                                r.getObject(5, Instant.class), r.getObject(6, Instant.class),
                                r.getObject(7, Instant.class), r.getString(8)));
                    }
                }
                Collections.reverse(out);
                return out;
            }
        });
    }

    private static void countUnread(Connection c, long accountId, String peer) throws SQLException {
        long conversation = Conversations.idOf(c, accountId, peer, ConversationKind.CHAT, true);
        try (PreparedStatement p = c.prepareStatement("UPDATE conversation SET unread = unread + 1 WHERE id = ?")) {
            p.setLong(1, conversation);
            p.executeUpdate();
        }
    }
}
