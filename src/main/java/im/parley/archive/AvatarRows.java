package im.parley.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Avatars by the SHA-1 of their bytes, shared by the profile's accounts: each written once, read
 * one at a time when something is to show it. An avatar no kept profile item names any more is
 * removed when the item that named it is replaced or cleared ({@link ProfileItemRows}).
 */
public final class AvatarRows {
    /** One kept avatar; {@code bytes} is its length. */
    public record Avatar(String sha1, String mimeType, int bytes, byte[] image) {
    }

    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private final Archive archive;
    private final int maxBytes;

    /** {@code maxBytes}: the largest avatar taken, the bound its fetching already enforced. */
    public AvatarRows(Archive archive, int maxBytes) {
        this.archive = archive;
        this.maxBytes = maxBytes;
    }

    /**
     * Keeps {@code image} under {@code sha1}, committed on return; false when that hash was kept
     * already (it is not written again).
     *
     * @throws IllegalArgumentException when the hash is not lower-case hex SHA-1 or the image is over the bound
     */
    public boolean put(String sha1, String mimeType, byte[] image) {
        checked(sha1);
        if (image.length > maxBytes) {
            throw new IllegalArgumentException("an avatar is at most " + maxBytes + " bytes, not " + image.length);
        }
        return archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO avatar (sha1, mime_type, byte_size, image, "
                    + "stored_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM avatar WHERE sha1 = ?)")) {
                p.setString(1, sha1);
                p.setString(2, mimeType);
                p.setInt(3, image.length);
                p.setBytes(4, image);
                p.setObject(5, Instant.now());
                p.setString(6, sha1);
                return p.executeUpdate() > 0;
            }
        });
    }

    /** The avatar kept under {@code sha1}, its bytes read now. */
    public Optional<Avatar> get(String sha1) {
        if (!SHA1.matcher(sha1).matches()) {
            return Optional.empty();
        }
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT mime_type, byte_size, image FROM avatar WHERE sha1 = ?")) {
                p.setString(1, sha1);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Avatar(sha1, r.getString(1), r.getInt(2), r.getBytes(3)))
                            : Optional.<Avatar>empty();
                }
            }
        });
    }

    /** Whether an avatar is kept under {@code sha1}, without reading its bytes. */
    public boolean contains(String sha1) {
        if (!SHA1.matcher(sha1).matches()) {
            return false;
        }
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM avatar WHERE sha1 = ?")) {
                p.setString(1, sha1);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    private static void checked(String sha1) {
        if (!SHA1.matcher(sha1).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-1: " + sha1);
        }
    }
}
