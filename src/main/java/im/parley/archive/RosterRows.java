package im.parley.archive;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Each account's roster and its XEP-0237 version, replaced whole after every change. */
public final class RosterRows {
    /** What is stored for one account: a null version when nothing is. */
    public record Stored(String version, List<RosterRow> items) {
        public Stored {
            items = List.copyOf(items);
        }
    }

    private final Archive archive;

    public RosterRows(Archive archive) {
        this.archive = archive;
    }

    public Stored load(long accountId) {
        return archive.read(c -> {
            String version = null;
            try (PreparedStatement p = c.prepareStatement("SELECT version FROM roster_version WHERE account_id = ?")) {
                p.setLong(1, accountId);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        version = r.getString(1);
                    }
                }
            }
            List<RosterRow> items = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT jid, name, subscription, ask, approved, groups "
                    + "FROM roster_item WHERE account_id = ? ORDER BY position")) {
                p.setLong(1, accountId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        items.add(new RosterRow(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4),
                                r.getBoolean(5), groups(r.getArray(6))));
                    }
                }
            }
            return new Stored(version, items);
        });
    }

    /** Replaces the account's stored roster in one transaction. */
    public void save(long accountId, String version, List<RosterRow> items) {
        archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM roster_item WHERE account_id = ?")) {
                p.setLong(1, accountId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO roster_item "
                    + "(account_id, position, jid, name, subscription, ask, approved, groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RosterRow item : items) {
                    p.setLong(1, accountId);
                    p.setInt(2, position++);
                    p.setString(3, item.jid());
                    p.setString(4, item.name());
                    p.setString(5, item.subscription());
                    p.setBoolean(6, item.ask());
                    p.setBoolean(7, item.approved());
                    p.setObject(8, item.groups().toArray(new String[0]));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "MERGE INTO roster_version (account_id, version) KEY (account_id) VALUES (?, ?)")) {
                p.setLong(1, accountId);
                p.setString(2, version);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static List<String> groups(Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
