package im.parley.archive;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The queued outgoing messages that do more than say their body (replies, corrections,
 * retractions, reactions), from the moment the user writes them until the server has them, so
 * that a restart sends them as they were written.
 */
public final class OutboxActions {
    private final Archive archive;

    public OutboxActions(Archive archive) {
        this.archive = archive;
    }

    public void add(long accountId, OutboxAction a) {
        archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO outbox_action (account_id, origin_id, peer, kind, "
                    + "target_id, target_jid, body, quote, emojis, created_at) KEY (account_id, origin_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, accountId);
                p.setString(2, a.originId());
                p.setString(3, a.peer());
                p.setInt(4, a.kind().ordinal());
                p.setString(5, a.targetId());
                p.setString(6, a.targetJid());
                p.setString(7, a.body());
                p.setString(8, a.quote());
                p.setObject(9, a.emojis().toArray(new String[0]));
                p.setObject(10, a.created(), Types.TIMESTAMP_WITH_TIMEZONE);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The server has the message {@code originId}: nothing is left to send again. */
    public void sent(long accountId, String originId) {
        archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM outbox_action WHERE account_id = ? AND origin_id = ?")) {
                p.setLong(1, accountId);
                p.setString(2, originId);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The account's queued actions, oldest first. */
    public List<OutboxAction> queued(long accountId) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT origin_id, peer, kind, target_id, target_jid, body, "
                    + "quote, emojis, created_at FROM outbox_action WHERE account_id = ? ORDER BY created_at, origin_id")) {
                p.setLong(1, accountId);
                List<OutboxAction> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        List<String> emojis = new ArrayList<>();
                        Array array = r.getArray(8);
                        if (array != null) {
                            for (Object o : (Object[]) array.getArray()) {
                                emojis.add((String) o);
                            }
                        }
                        out.add(new OutboxAction(r.getString(1), r.getString(2), OutboxAction.Kind.values()[r.getInt(3)],
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), emojis, r.getObject(9, Instant.class)));
                    }
                }
                return out;
            }
        });
    }
}
