package im.parley.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each person's latest profile item of each kind, per account: replaced when a newer one comes,
 * removed when the person clears it. When an avatar item goes, the avatar's bytes go too unless
 * another item (of any account) still names them.
 */
public final class ProfileItemRows {
    /** The kind whose value is an avatar's SHA-1. */
    public static final String AVATAR = "avatar";
    /** The longest value kept: an item's XML beyond this is not kept. */
    public static final int MAX_VALUE_CHARS = 65_536;

    /** One kept item: {@code person} a bare JID, {@code value} the payload's XML or an avatar's SHA-1. */
    public record Item(String person, String kind, String value) {
    }

    private final Archive archive;

    public ProfileItemRows(Archive archive) {
        this.archive = archive;
    }

    /**
     * Makes {@code value} the person's latest item of its kind, committed on return.
     *
     * @throws IllegalArgumentException when the value is longer than {@link #MAX_VALUE_CHARS}
     */
    public void put(long accountId, String person, String kind, String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException("a profile item of " + value.length() + " characters is too long to keep");
        }
        archive.write(c -> replace(c, accountId, person, kind, value));
    }

    /** Removes the person's item of {@code kind}, committed on return; nothing when there is none. */
    public void remove(long accountId, String person, String kind) {
        archive.write(c -> replace(c, accountId, person, kind, null));
    }

    /** Sets the item, or removes it when {@code value} is null; an avatar it stops naming may go with it. */
    private static Void replace(Connection c, long accountId, String person, String kind, String value)
            throws SQLException {
        Optional<String> before = value(c, accountId, person, kind);
        try (PreparedStatement p = c.prepareStatement(value == null
                ? "DELETE FROM profile_item WHERE account_id = ? AND person = ? AND kind = ?"
                : "MERGE INTO profile_item (account_id, person, kind, val, changed_at) KEY (account_id, person, kind) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, accountId);
            p.setString(2, person);
            p.setString(3, kind);
            if (value != null) {
                p.setString(4, value);
                p.setObject(5, Instant.now());
            }
            p.executeUpdate();
        }
        forgetUnnamedAvatar(c, kind, before.filter(old -> !old.equals(value)));
        return null;
    }

    /** Every item the account keeps, by person. */
    public List<Item> all(long accountId) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT person, kind, val FROM profile_item WHERE account_id = ? ORDER BY person, kind")) {
                p.setLong(1, accountId);
                return items(p);
            }
        });
    }

    /** The items the account keeps of {@code person}. */
    public List<Item> of(long accountId, String person) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT person, kind, val FROM profile_item WHERE account_id = ? AND person = ? ORDER BY kind")) {
                p.setLong(1, accountId);
                p.setString(2, person);
                return items(p);
            }
        });
    }

    private static List<Item> items(PreparedStatement p) throws SQLException {
        List<Item> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Item(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
        return out;
    }

    private static Optional<String> value(Connection c, long accountId, String person, String kind) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT val FROM profile_item WHERE account_id = ? AND person = ? AND kind = ?")) {
            p.setLong(1, accountId);
            p.setString(2, person);
            p.setString(3, kind);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static void forgetUnnamedAvatar(Connection c, String kind, Optional<String> sha1) throws SQLException {
        if (!AVATAR.equals(kind) || sha1.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM avatar WHERE sha1 = ? AND NOT EXISTS "
                + "(SELECT 1 FROM profile_item WHERE kind = ? AND val = ?)")) {
            p.setString(1, sha1.get());
            p.setString(2, AVATAR);
            p.setString(3, sha1.get());
            p.executeUpdate();
        }
    }
}
