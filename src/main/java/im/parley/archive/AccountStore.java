package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts of a profile and their settings (host, port, TLS mode, remembered password...). */
public final class AccountStore {
    private final Archive archive;

    public AccountStore(Archive archive) {
        this.archive = archive;
    }

    /** The id of the account {@code jid} (a bare JID), added when the profile does not have it yet. */
    public long ensure(String jid) {
        Optional<AccountRow> known = find(jid);
        if (known.isPresent()) {
            return known.get().id();
        }
        return archive.write(c -> idOf(c, jid));
    }

    /** Looks the account up, or adds it, inside a write that is already running. */
    static long idOf(Connection c, String jid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM account WHERE jid = ?")) {
            p.setString(1, jid);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO account (jid, added_at) VALUES (?, ?)",
                new String[] {"ID"})) {
            p.setString(1, jid);
            p.setObject(2, Instant.now());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<AccountRow> find(String jid) {
        return list().stream().filter(a -> a.jid().equals(jid)).findFirst();
    }

    /** Every account, in the order they were added. */
    public List<AccountRow> list() {
        return archive.read(c -> {
            Map<Long, Map<String, String>> settings = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT account_id, name, val FROM account_setting");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    settings.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
            List<AccountRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, jid, added_at, enabled FROM account ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new AccountRow(r.getLong(1), r.getString(2), r.getObject(3, Instant.class), r.getBoolean(4),
                            settings.getOrDefault(r.getLong(1), Map.of())));
                }
            }
            return out;
        });
    }

    /** Sets (or, with a null value, removes) one setting of an account. */
    public void putSetting(long accountId, String name, String value) {
        archive.write(c -> {
            if (value == null) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM account_setting WHERE account_id = ? AND name = ?")) {
                    p.setLong(1, accountId);
                    p.setString(2, name);
                    p.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement p = c.prepareStatement(
                    "MERGE INTO account_setting (account_id, name, val) KEY (account_id, name) VALUES (?, ?, ?)")) {
                p.setLong(1, accountId);
                p.setString(2, name);
                p.setString(3, value);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the account and everything kept for it: roster, messages, cursors. */
    public boolean remove(String jid) {
        return archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM account WHERE jid = ?")) {
                p.setString(1, jid);
                return p.executeUpdate() > 0;
            }
        });
    }
}
